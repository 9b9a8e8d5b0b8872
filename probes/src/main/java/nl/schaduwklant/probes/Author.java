package nl.schaduwklant.probes;

/**
 * Who wrote a message in a conversation.
 */
public enum Author {

	/** A human agent of the organisation. */
	AGENT,

	/** A bot of the organisation. */
	BOT,

	/** The widget itself (joined, left, queued, ended). */
	SYSTEM,

	/** The mystery customer. */
	VISITOR

}
