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
	HELPED

}
