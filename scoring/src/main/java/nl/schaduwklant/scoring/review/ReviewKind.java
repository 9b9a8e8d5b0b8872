package nl.schaduwklant.scoring.review;

/**
 * Why a measurement waits in the review queue.
 */
public enum ReviewKind {

	/**
	 * The probe could not be settled: it may or may not have contacted the organisation
	 * (a crash after its irreversible step, a doubtful call).
	 */
	NEEDS_REVIEW,

	/**
	 * The answer's resolution lies between the two thresholds: a person should read it.
	 */
	DOUBTFUL_RESOLUTION,

	/**
	 * A consultant's call whose review never came (helped, welcome, callback unknown).
	 */
	CALL_NOT_REVIEWED,

	/**
	 * A chat answered "by a person" sooner than a person types: perhaps a bot the widget
	 * does not mark as one.
	 */
	BOT_OR_HUMAN_UNCLEAR,

	/** A call whose live agent was found with low confidence. */
	LOW_CONFIDENCE,

	/** A reply that reached the mystery mailbox but matched no probe. */
	UNMATCHED_REPLY

}
