package nl.schaduwklant.scheduler;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The facts a correct answer to a scenario must contain.
 *
 * @param facts the required facts
 */
public record AnswerKey(List<@Valid @NotNull AnswerFact> facts) {

	public AnswerKey {
		facts = (facts != null) ? List.copyOf(facts) : List.of();
	}

}
