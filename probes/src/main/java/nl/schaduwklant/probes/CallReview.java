package nl.schaduwklant.probes;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A consultant's short review of a call they were on. There is no speech-to-text here:
 * whether the caller was helped is the consultant's judgement, and the call's resolution.
 *
 * @param properWelcome whether the organisation answered with a proper welcome (its name,
 * the person's name or a greeting)
 * @param helped whether the question was answered
 * @param oneCallEnough whether this one call was enough (no transfer, no "call again")
 * @param callbackPromised whether the organisation promised to call back
 * @param alternativeOffered when the person or department asked for could not be reached:
 * whether an alternative was offered (another person, a callback, another way); absent
 * when whom the caller asked for was reached
 * @param note what else the consultant noted
 * @param reviewer who reviewed: the user who posted the review
 * @param reviewedAt when the review reached us
 */
public record CallReview(@NotNull Boolean properWelcome, @NotNull Boolean helped, @NotNull Boolean oneCallEnough,
		Boolean callbackPromised, Boolean alternativeOffered, @Size(max = 2000) String note,
		@Size(max = 200) String reviewer, Instant reviewedAt) {

	public CallReview {
		callbackPromised = (callbackPromised != null) ? callbackPromised : Boolean.FALSE;
	}

	/**
	 * @param by the user who posted it
	 * @param at when it was received
	 * @return this review, posted by that user and received then
	 */
	public CallReview receivedFrom(String by, Instant at) {
		return new CallReview(this.properWelcome, this.helped, this.oneCallEnough, this.callbackPromised,
				this.alternativeOffered, this.note, by, at);
	}

}
