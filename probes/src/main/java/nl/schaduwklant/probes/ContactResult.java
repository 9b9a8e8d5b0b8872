package nl.schaduwklant.probes;

import java.time.Instant;
import java.util.UUID;

/**
 * What a channel probe reports after trying to make a contact.
 */
public sealed interface ContactResult {

	/**
	 * The organisation was contacted; its answer is awaited.
	 *
	 * @param contactedAt when the contact was made
	 * @param clock which clock gave {@code contactedAt}
	 * @param detail what was done, e.g. the Message-ID
	 * @param evidenceId the evidence of the contact
	 */
	record Contacted(Instant contactedAt, String clock, String detail, UUID evidenceId) implements ContactResult {
	}

	/**
	 * A live conversation took place (or was attempted: the widget may have been offline
	 * or missing) and is over; nothing is awaited.
	 *
	 * @param contactedAt when the question was sent, or, when it could not be, when the
	 * attempt was given up
	 * @param clock which clock gave the instants
	 * @param detail what was done
	 * @param firstHumanReplyAt when a human first answered
	 * @param answerText what the human agents wrote, their messages joined
	 * @param timeline what happened, with instants from the page (converted to server
	 * time)
	 * @param conversation the conversation
	 * @param evidenceId the transcript's evidence
	 * @param call what a call observed; absent for other channels
	 */
	record Completed(Instant contactedAt, String clock, String detail, Instant firstHumanReplyAt, String answerText,
			java.util.List<TimelineEvent> timeline, Conversation conversation, UUID evidenceId,
			PhoneCall call) implements ContactResult {

		public Completed(Instant contactedAt, String clock, String detail, Instant firstHumanReplyAt, String answerText,
				java.util.List<TimelineEvent> timeline, Conversation conversation, UUID evidenceId) {
			this(contactedAt, clock, detail, firstHumanReplyAt, answerText, timeline, conversation, evidenceId, null);
		}

	}

	/**
	 * We did not contact the organisation: our failure, never counted against it.
	 *
	 * @param reason why
	 * @param retryable whether trying again later may succeed
	 */
	record Failed(String reason, boolean retryable) implements ContactResult {
	}

	/**
	 * We cannot tell whether the organisation was contacted; a consultant decides, the
	 * probe is never repeated automatically.
	 *
	 * @param reason why
	 */
	record Uncertain(String reason) implements ContactResult {
	}

}
