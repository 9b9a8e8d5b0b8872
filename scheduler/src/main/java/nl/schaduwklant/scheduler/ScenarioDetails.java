package nl.schaduwklant.scheduler;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored scenario.
 *
 * @param id its id
 * @param title its title
 * @param subject the subject line of the question
 * @param body the text of the question
 * @param answerKey the facts a correct answer contains
 * @param createdAt when it was stored
 */
public record ScenarioDetails(UUID id, String title, String subject, String body, AnswerKey answerKey,
		Instant createdAt) {

	public ProbeScenario asProbeScenario() {
		return new ProbeScenario(this.id, this.title, this.subject, this.body, this.answerKey);
	}

}
