package nl.schaduwklant.scoring;

import java.util.List;

/**
 * One language error found in an answer.
 *
 * @param category its kind
 * @param rule the LanguageTool rule that found it
 * @param message what is wrong (plain text)
 * @param offset where it starts in the judged text
 * @param length how long it is
 * @param text the offending text
 * @param suggestions suggested corrections
 */
public record LanguageIssue(LanguageCategory category, String rule, String message, int offset, int length, String text,
		List<String> suggestions) {

	public LanguageIssue {
		suggestions = (suggestions != null) ? List.copyOf(suggestions) : List.of();
	}

}
