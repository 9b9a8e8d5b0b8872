package nl.schaduwklant.scheduler;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A question to ask as a mystery customer.
 *
 * @param title a short title for consultants
 * @param subject the subject line of the question
 * @param body the text of the question
 * @param answerKey the facts a correct answer contains
 * @param channels the channels it is asked on (absent or empty: every channel a campaign
 * uses); a campaign plans it only on these
 */
public record NewScenario(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 200) String subject,
		@NotBlank @Size(max = 20000) String body, @NotNull @Valid AnswerKey answerKey, Set<Channel> channels) {

	public NewScenario {
		channels = (channels != null) ? Set.copyOf(channels) : Set.of();
	}

	public NewScenario(String title, String subject, String body, AnswerKey answerKey) {
		this(title, subject, body, answerKey, Set.of());
	}

}
