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
 * @param channels the channels it is asked on (empty: every channel)
 */
public record ScenarioDetails(UUID id, String title, String subject, String body, AnswerKey answerKey,
		Instant createdAt, java.util.Set<Channel> channels) {

	public ScenarioDetails {
		channels = (channels != null) ? java.util.Set.copyOf(channels) : java.util.Set.of();
	}

	/**
	 * @param channel a channel
	 * @return whether it is asked on that channel
	 */
	public boolean askedOn(Channel channel) {
		return this.channels.isEmpty() || this.channels.contains(channel);
	}

	public ProbeScenario asProbeScenario() {
		return new ProbeScenario(this.id, this.title, this.subject, this.body, this.answerKey);
	}

}
