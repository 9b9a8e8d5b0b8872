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
 * @param contradictions known-wrong answers to the same point, e.g. "60 dagen": an answer
 * that contains one contradicts this fact (found like the phrasings)
 */
public record AnswerFact(@NotBlank @Size(max = 200) String name, List<@NotBlank @Size(max = 500) String> phrasings,
		@Size(max = 1000) String pattern, @Size(max = 50) List<@NotBlank @Size(max = 500) String> contradictions) {

	public AnswerFact {
		phrasings = (phrasings != null) ? List.copyOf(phrasings) : List.of();
		contradictions = (contradictions != null) ? List.copyOf(contradictions) : List.of();
	}

	public AnswerFact(String name, List<String> phrasings, String pattern) {
		this(name, phrasings, pattern, null);
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
