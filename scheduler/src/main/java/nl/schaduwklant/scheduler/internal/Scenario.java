package nl.schaduwklant.scheduler.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.schaduwklant.scheduler.AnswerKey;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.NewScenario;
import nl.schaduwklant.scheduler.ScenarioDetails;

@Entity
@Table(name = "scenario")
class Scenario {

	@Id
	private UUID id;

	private String title;

	private String subject;

	private String body;

	@Column(name = "answer_key")
	@Convert(converter = JsonConverters.AnswerKeyConverter.class)
	private AnswerKey answerKey;

	@Column(name = "created_at")
	private Instant createdAt;

	/** The channels it is asked on, comma-separated; absent for every channel. */
	private String channels;

	protected Scenario() {
	}

	Scenario(NewScenario scenario, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.title = scenario.title().strip();
		this.subject = scenario.subject().strip();
		this.body = scenario.body();
		this.answerKey = scenario.answerKey();
		this.createdAt = createdAt;
		this.channels = scenario.channels().isEmpty() ? null
				: scenario.channels()
					.stream()
					.sorted()
					.map(Channel::name)
					.collect(java.util.stream.Collectors.joining(","));
	}

	ScenarioDetails toDetails() {
		java.util.Set<Channel> asked = (this.channels == null) ? java.util.Set.of()
				: java.util.Arrays.stream(this.channels.split(","))
					.map(Channel::valueOf)
					.collect(java.util.stream.Collectors.toSet());
		return new ScenarioDetails(this.id, this.title, this.subject, this.body, this.answerKey, this.createdAt, asked);
	}

}
