package nl.schaduwklant.probes.email;

/**
 * What became of a message found in the mystery mailbox. None is ever dropped.
 */
enum InboundStatus {

	/** A human reply, recorded with its probe. */
	MATCHED_REPLY,

	/** An automatic reply, recorded with its probe. */
	MATCHED_AUTO_REPLY,

	/** No probe could be found for it: kept for a consultant. */
	UNMATCHED,

	/** A copy of one of our own mystery e-mails. */
	OWN_MESSAGE,

	/** It could not be read; the raw message is kept. */
	UNREADABLE

}
