package nl.schaduwklant.scheduler;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A fact a correct answer must contain: found when any of its accepted phrasings, or its
 * regular expression, occurs in the answer (case- and diacritics-insensitively).
 *
 * @param name a short name for reports, e.g. "opzegtermijn"
 * @param phrasings accepted phrasings, e.g. "30 dagen", "dertig dagen"
 * @param pattern an optional regular expression
 */
public record AnswerFact(@NotBlank @Size(max = 200) String name, List<@NotBlank @Size(max = 500) String> phrasings,
		@Size(max = 1000) String pattern) {

	public AnswerFact {
		phrasings = (phrasings != null) ? List.copyOf(phrasings) : List.of();
	}

	@AssertTrue(message = "{AnswerFact.phrasingOrPattern}")
	boolean isPhrasingOrPatternGiven() {
		return !this.phrasings.isEmpty() || (this.pattern != null && !this.pattern.isBlank());
	}

	@AssertTrue(message = "{AnswerFact.validPattern}")
	boolean isPatternValid() {
		if (this.pattern == null || this.pattern.isBlank()) {
			return true;
		}
		try {
			Pattern.compile(this.pattern);
			return true;
		}
		catch (PatternSyntaxException ex) {
			return false;
		}
	}

}
