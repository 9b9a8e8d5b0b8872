package nl.schaduwklant.scoring.review;

/**
 * What a consultant decides about an item in the review queue.
 */
public enum ReviewAction {

	/** The measurement is right as it is. */
	CONFIRM,

	/** One figure of the measurement is wrong: {@code field} gets {@code value}. */
	CORRECT,

	/**
	 * A probe that needed review did contact the organisation: it is measured with what
	 * the consultant found ({@code field} {@code answered}, and the time to the person).
	 */
	CONTACTED,

	/**
	 * A probe that needed review did not contact the organisation: it is our failure and
	 * never counts.
	 */
	NOT_CONTACTED,

	/**
	 * An unmatched reply answers a probe: it is attached to it, and measured as its
	 * answer.
	 */
	ATTACH_REPLY,

	/** An unmatched reply answers no probe (spam, a newsletter). */
	DISMISS

}
