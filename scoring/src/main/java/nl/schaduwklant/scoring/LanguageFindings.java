package nl.schaduwklant.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The language errors in a text, normalised per 100 words. Only part of a text may have
 * been checked: a text beyond the size limit is cut off and over-long tokens (encoded
 * data, a line without spaces) are skipped; {@link #coverage()} says what was checked.
 * Words are counted, and errors normalised, on the checked part only. A check stopped at
 * its time limit has outcome {@link Outcome#TIMED_OUT}: its errors are unknown, not zero.
 * The text's language is identified first: an answer in another language is never judged
 * as bad Dutch.
 *
 * @param language the language checked, e.g. {@code nl-NL}
 * @param outcome whether the text was checked completely, partly or not at all
 * @param words how many words the checked part of the text has
 * @param issues the errors found (after the allow-list); empty when timed out
 * @param ignored how many matches the allow-list removed
 * @param coverage which part of the text was checked
 * @param answerLanguage the language the text is written in, as identified before the
 * check (e.g. {@code nl}, {@code en}); absent when it could not be told (a short text)
 * @param otherLanguage whether the text is written in another language than the one
 * answers are expected in: it is then checked in its own language when LanguageTool has
 * it ({@link #language()} says which), else not at all ({@link Outcome#NOT_CHECKED})
 */
public record LanguageFindings(String language, Outcome outcome, int words, List<LanguageIssue> issues, int ignored,
		Coverage coverage, String answerLanguage, Boolean otherLanguage) {

	public LanguageFindings {
		outcome = (outcome != null) ? outcome : Outcome.COMPLETE;
		issues = (issues != null) ? List.copyOf(issues) : List.of();
		coverage = (coverage != null) ? coverage : Coverage.NOT_RECORDED;
		otherLanguage = Boolean.TRUE.equals(otherLanguage);
	}

	public LanguageFindings(String language, Outcome outcome, int words, List<LanguageIssue> issues, int ignored,
			Coverage coverage) {
		this(language, outcome, words, issues, ignored, coverage, null, false);
	}

	/**
	 * @param expected the language answers are expected in
	 * @param answerLanguage the language the text is written in
	 * @param words how many words the text has
	 * @param coverage the part that was to be checked
	 * @return the findings of a text in a language that cannot be checked
	 */
	public static LanguageFindings notChecked(String expected, String answerLanguage, int words, Coverage coverage) {
		return new LanguageFindings(expected, Outcome.NOT_CHECKED, words, List.of(), 0, coverage, answerLanguage, true);
	}

	/**
	 * Findings of a text that was checked completely, without a record of its size.
	 * @param language the language checked
	 * @param words how many words the text has
	 * @param issues the errors found
	 * @param ignored how many matches the allow-list removed
	 */
	public LanguageFindings(String language, int words, List<LanguageIssue> issues, int ignored) {
		this(language, Outcome.COMPLETE, words, issues, ignored, Coverage.NOT_RECORDED);
	}

	public static LanguageFindings empty(String language) {
		return new LanguageFindings(language, Outcome.COMPLETE, 0, List.of(), 0, Coverage.NOT_RECORDED);
	}

	/**
	 * @param language the language checked
	 * @param words how many words the part that was to be checked has
	 * @param coverage the part that was to be checked
	 * @return the findings of a check stopped at its time limit
	 */
	public static LanguageFindings timedOut(String language, int words, Coverage coverage) {
		return new LanguageFindings(language, Outcome.TIMED_OUT, words, List.of(), 0, coverage);
	}

	/**
	 * @return whether errors are known: the check was not stopped at its time limit
	 */
	@JsonProperty(access = JsonProperty.Access.READ_ONLY)
	public boolean judged() {
		return this.outcome != Outcome.TIMED_OUT && this.outcome != Outcome.NOT_CHECKED;
	}

	/**
	 * @return how many errors were found, or {@code null} when the check timed out
	 */
	@JsonProperty(access = JsonProperty.Access.READ_ONLY)
	public Integer errors() {
		return judged() ? this.issues.size() : null;
	}

	/**
	 * @return errors per 100 checked words, or {@code null} for a text without words or a
	 * check that timed out
	 */
	@JsonProperty(access = JsonProperty.Access.READ_ONLY)
	public Double errorsPer100Words() {
		return (judged() && this.words > 0) ? 100.0 * this.issues.size() / this.words : null;
	}

	/**
	 * @return errors of each category per 100 checked words (empty for a text without
	 * words or a check that timed out)
	 */
	@JsonProperty(access = JsonProperty.Access.READ_ONLY)
	public Map<LanguageCategory, Double> errorsPer100WordsByCategory() {
		Map<LanguageCategory, Double> rates = new EnumMap<>(LanguageCategory.class);
		if (judged() && this.words > 0) {
			byCategory().forEach((category, count) -> rates.put(category, 100.0 * count / this.words));
		}
		return rates;
	}

	/**
	 * @return errors of each category (empty for a check that timed out)
	 */
	@JsonProperty(access = JsonProperty.Access.READ_ONLY)
	public Map<LanguageCategory, Integer> byCategory() {
		Map<LanguageCategory, Integer> counts = new EnumMap<>(LanguageCategory.class);
		if (!judged()) {
			return counts;
		}
		for (LanguageCategory category : LanguageCategory.values()) {
			counts.put(category, 0);
		}
		this.issues.forEach((issue) -> counts.merge(issue.category(), 1, Integer::sum));
		return counts;
	}

	/**
	 * How far a text was checked.
	 */
	public enum Outcome {

		/**
		 * The whole text was checked.
		 */
		COMPLETE,

		/**
		 * The text was checked, except the spans in {@link Coverage#skipped()}; the
		 * figures are those of the checked part.
		 */
		PARTIAL,

		/**
		 * The check was stopped at its time limit: nothing is known about the errors.
		 */
		TIMED_OUT,

		/**
		 * The text is written in another language, one LanguageTool is not given here:
		 * nothing is known about the errors.
		 */
		NOT_CHECKED

	}

	/**
	 * Which part of a text was checked.
	 *
	 * @param characters the length of the text
	 * @param checkedCharacters how many of its characters LanguageTool was given
	 * @param skipped the spans of the text that were not checked, in text order
	 */
	public record Coverage(int characters, int checkedCharacters, List<SkippedSpan> skipped) {

		/**
		 * The coverage of findings made without a record of the text's size.
		 */
		public static final Coverage NOT_RECORDED = new Coverage(0, 0, List.of());

		public Coverage {
			skipped = (skipped != null) ? List.copyOf(skipped) : List.of();
		}

		/**
		 * @return whether the end of the text was cut off at the size limit
		 */
		@JsonProperty(access = JsonProperty.Access.READ_ONLY)
		public boolean truncated() {
			return this.skipped.stream().anyMatch((span) -> span.reason() == SkipReason.BEYOND_LIMIT);
		}

	}

	/**
	 * A part of a text that was not checked.
	 *
	 * @param offset where it starts in the text
	 * @param length how long it is
	 * @param reason why it was not checked
	 */
	public record SkippedSpan(int offset, int length, SkipReason reason) {

	}

	/**
	 * Why part of a text was not checked.
	 */
	public enum SkipReason {

		/**
		 * Tokens longer than the token limit (encoded data, a line without spaces) and
		 * the whitespace between them.
		 */
		LONG_TOKEN,

		/**
		 * The rest of the text, beyond the size limit.
		 */
		BEYOND_LIMIT,

		/**
		 * A paragraph in another language than the answer (an English disclaimer under a
		 * Dutch answer): never judged as errors in the answer's language.
		 */
		OTHER_LANGUAGE

	}

}
