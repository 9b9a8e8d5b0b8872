package nl.schaduwklant.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The language errors in a text, normalised per 100 words.
 *
 * @param language the language checked, e.g. {@code nl-NL}
 * @param words how many words the text has
 * @param issues the errors found (after the allow-list)
 * @param ignored how many matches the allow-list removed
 */
public record LanguageFindings(String language, int words, List<LanguageIssue> issues, int ignored) {

	public LanguageFindings {
		issues = (issues != null) ? List.copyOf(issues) : List.of();
	}

	public static LanguageFindings empty(String language) {
		return new LanguageFindings(language, 0, List.of(), 0);
	}

	@JsonProperty(access = JsonProperty.Access.READ_ONLY)
	public int errors() {
		return this.issues.size();
	}

	/**
	 * @return errors per 100 words, or {@code null} for a text without words
	 */
	@JsonProperty(access = JsonProperty.Access.READ_ONLY)
	public Double errorsPer100Words() {
		return (this.words > 0) ? 100.0 * errors() / this.words : null;
	}

	/**
	 * @return errors of each category per 100 words (empty for a text without words)
	 */
	@JsonProperty(access = JsonProperty.Access.READ_ONLY)
	public Map<LanguageCategory, Double> errorsPer100WordsByCategory() {
		Map<LanguageCategory, Double> rates = new EnumMap<>(LanguageCategory.class);
		if (this.words > 0) {
			byCategory().forEach((category, count) -> rates.put(category, 100.0 * count / this.words));
		}
		return rates;
	}

	@JsonProperty(access = JsonProperty.Access.READ_ONLY)
	public Map<LanguageCategory, Integer> byCategory() {
		Map<LanguageCategory, Integer> counts = new EnumMap<>(LanguageCategory.class);
		for (LanguageCategory category : LanguageCategory.values()) {
			counts.put(category, 0);
		}
		this.issues.forEach((issue) -> counts.merge(issue.category(), 1, Integer::sum));
		return counts;
	}

}
