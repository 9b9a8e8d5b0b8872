package nl.schaduwklant.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * What a simulated organisation really did with one mystery e-mail: the ground truth the
 * probe's measurements are checked against.
 *
 * @param organisationKey the organisation
 * @param token the probe token in the mystery e-mail's subject
 * @param scenarioKey the question
 * @param receivedAt when the organisation's mail server received the mystery e-mail
 * @param willAcknowledge whether it decided to acknowledge receipt automatically
 * @param willAnswer whether it decided to answer
 * @param acknowledgedAt when its automatic acknowledgement was accepted by the mystery
 * mailbox's server, if it sent one
 * @param answeredAt when its answer was accepted by the mystery mailbox's server, if it
 * answered
 * @param quality how good the answer was
 * @param factsIncluded the facts the answer contains
 * @param injectedErrors the known language errors the answer contains
 * @param client how the answer was written
 * @param threading what the answer kept of the original
 */
public record ReplyTruth(String organisationKey, String token, String scenarioKey, Instant receivedAt,
		boolean willAcknowledge, boolean willAnswer, Instant acknowledgedAt, Instant answeredAt, AnswerQuality quality,
		List<String> factsIncluded, List<InjectedError> injectedErrors, MailClient client, Threading threading) {

	public boolean answered() {
		return this.answeredAt != null;
	}

	/**
	 * @return whether everything it decided to send has been sent
	 */
	public boolean settled() {
		return (!this.willAcknowledge || this.acknowledgedAt != null) && (!this.willAnswer || this.answeredAt != null);
	}

}
