package nl.schaduwklant.scoring.norms;

/**
 * What a clause of a norm profile measures.
 */
public enum ClauseType {

	/** A person answered a call within a limit ({@code limit}, counted {@code from}). */
	LIVE_AGENT_WITHIN,

	/** The call connected: technical reachability. */
	CONNECTED,

	/** The caller was helped, as the consultant's review says. */
	HELPED,

	/**
	 * The organisation answered with a proper welcome, as the consultant's review says.
	 */
	PROPER_WELCOME,

	/**
	 * When the person or department asked for was unreachable, an alternative was
	 * offered, as the consultant's review says.
	 */
	ALTERNATIVE_OFFERED,

	/** A callback promised in a call came within a limit ({@code limit}). */
	CALLBACK_KEPT,

	/**
	 * A person answered within a limit ({@code limit}, counted {@code from}), or a
	 * callback was offered.
	 */
	WAIT_OR_CALLBACK,

	/**
	 * A written channel ({@code channel}) was answered by a person within a limit
	 * ({@code limit}, in {@code time}: wall-clock or business time).
	 */
	REPLY_WITHIN

}
