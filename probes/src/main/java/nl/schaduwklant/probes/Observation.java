package nl.schaduwklant.probes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a probe observed: its timeline, the instants that matter for the metrics, the new
 * text of the answer, and its evidence.
 *
 * @param contactedAt when the contact was made (for e-mail: SMTP acceptance)
 * @param contactedAtClock which clock gave {@code contactedAt}
 * @param autoAcknowledgedAt when the first automatic acknowledgement arrived, if one did
 * @param firstHumanReplyAt when the first human answer arrived, if one did
 * @param replyClock which clock gave the reply instants
 * @param answerText the new text of the first human answer, without quoted history and
 * signature
 * @param answerSignature the signature of that answer, separated
 * @param answerEvidenceId the evidence of that answer
 * @param timeline everything that happened, in order
 * @param conversation what a live conversation (chat) observed; absent for other channels
 * @param call what a call observed; absent for other channels
 * @param answerMatchBasis how the first human answer (by e-mail) was matched to the
 * probe: {@link MatchBasis#THREAD_HEADERS} when it answered in the same thread
 * @param addressBouncedAt when a bounce said our message could not be delivered, if one
 * did
 */
public record Observation(Instant contactedAt, String contactedAtClock, Instant autoAcknowledgedAt,
		Instant firstHumanReplyAt, String replyClock, String answerText, String answerSignature, UUID answerEvidenceId,
		List<TimelineEvent> timeline, Conversation conversation, PhoneCall call, MatchBasis answerMatchBasis,
		Instant addressBouncedAt) {

	public Observation {
		timeline = (timeline != null) ? List.copyOf(timeline) : List.of();
	}

	public Observation(Instant contactedAt, String contactedAtClock, Instant autoAcknowledgedAt,
			Instant firstHumanReplyAt, String replyClock, String answerText, String answerSignature,
			UUID answerEvidenceId, List<TimelineEvent> timeline, Conversation conversation, PhoneCall call) {
		this(contactedAt, contactedAtClock, autoAcknowledgedAt, firstHumanReplyAt, replyClock, answerText,
				answerSignature, answerEvidenceId, timeline, conversation, call, null, null);
	}

	public Observation(Instant contactedAt, String contactedAtClock, Instant autoAcknowledgedAt,
			Instant firstHumanReplyAt, String replyClock, String answerText, String answerSignature,
			UUID answerEvidenceId, List<TimelineEvent> timeline, Conversation conversation) {
		this(contactedAt, contactedAtClock, autoAcknowledgedAt, firstHumanReplyAt, replyClock, answerText,
				answerSignature, answerEvidenceId, timeline, conversation, null);
	}

	public boolean answered() {
		return this.firstHumanReplyAt != null;
	}

}
