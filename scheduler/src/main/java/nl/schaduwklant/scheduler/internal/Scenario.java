package nl.schaduwklant.scheduler.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.schaduwklant.scheduler.AnswerKey;
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

	protected Scenario() {
	}

	Scenario(NewScenario scenario, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.title = scenario.title().strip();
		this.subject = scenario.subject().strip();
		this.body = scenario.body();
		this.answerKey = scenario.answerKey();
		this.createdAt = createdAt;
	}

	ScenarioDetails toDetails() {
		return new ScenarioDetails(this.id, this.title, this.subject, this.body, this.answerKey, this.createdAt);
	}

}
