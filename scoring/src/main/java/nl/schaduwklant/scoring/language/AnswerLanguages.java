package nl.schaduwklant.scoring.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

/**
 * Identifies the languages an answer is written in, paragraph by paragraph (paragraphs
 * are separated by a blank line), by their character n-grams, among the languages Dutch
 * organisations are likely to answer in. A paragraph shorter than {@value #MIN_WORDS}
 * words, or one no language is clearly the most probable for, is not identified. An
 * answer is in another language only when that language has at least
 * {@value #DOMINANT_SHARE} of its words; a shorter paragraph in another language (an
 * English disclaimer under a Dutch answer) is left out of the check, never judged as bad
 * Dutch.
 */
final class AnswerLanguages {

	static final List<String> IDENTIFIED = List.of("nl", "en", "de", "fr", "es", "it", "pt", "pl", "tr", "ar");

	static final int MIN_WORDS = 8;

	static final double MIN_PROBABILITY = 0.9;

	static final double DOMINANT_SHARE = 0.8;

	/** How much of a paragraph is read to identify it. */
	private static final int SAMPLE = 2_000;

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");

	private AnswerLanguages() {
	}

	/**
	 * What the languages of an answer are.
	 *
	 * @param answerLanguage the language it is written in, when it could be told: the
	 * other language when one has most of its words, else the expected one when a
	 * paragraph is in it
	 * @param otherLanguage the other language the answer is written in, when one has most
	 * of its words
	 * @param otherParagraphs where the paragraphs in another language are, when the
	 * answer as a whole is not: {@code [from, to)} pairs
	 */
	record Reading(Optional<String> answerLanguage, Optional<String> otherLanguage, List<int[]> otherParagraphs) {

		static Reading none() {
			return new Reading(Optional.empty(), Optional.empty(), List.of());
		}

	}

	/**
	 * @param text an answer
	 * @param expected the language it is expected in, as a two-letter code
	 * @param maxCharacters how far into the text paragraphs are read
	 * @param maxTokenLength longer runs of non-space characters (encoded data) are left
	 * out of what is identified, as the check leaves them out
	 * @return its languages
	 */
	static Reading read(String text, String expected, int maxCharacters, int maxTokenLength) {
		Map<String, Integer> words = new HashMap<>();
		List<int[]> spans = new ArrayList<>();
		List<String> languages = new ArrayList<>();
		int total = 0;
		int start = 0;
		Matcher breaks = PARAGRAPH_BREAK.matcher(text);
		while (start < text.length() && start < maxCharacters) {
			int end = breaks.find(start) ? breaks.start() : text.length();
			String paragraph = text.substring(start, end);
			int count = LanguageChecker.countWords(paragraph);
			total += count;
			Optional<String> language = identify(withoutLongTokens(paragraph, maxTokenLength), count);
			language.ifPresent((code) -> words.merge(code, count, Integer::sum));
			spans.add(new int[] { start, end });
			languages.add(language.orElse(null));
			start = (end < text.length()) ? breaks.end() : end;
		}
		Optional<String> most = words.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
		int all = total;
		Optional<String> other = most.filter((code) -> !code.equals(expected))
			.filter((code) -> words.get(code) >= DOMINANT_SHARE * all);
		List<int[]> otherParagraphs = new ArrayList<>();
		if (other.isEmpty()) {
			for (int i = 0; i < spans.size(); i++) {
				if (languages.get(i) != null && !languages.get(i).equals(expected)) {
					otherParagraphs.add(spans.get(i));
				}
			}
		}
		Optional<String> answer = other.isPresent() ? other
				: (words.containsKey(expected) || most.isEmpty()) ? most.map((code) -> expected) : most;
		return new Reading(answer, other, otherParagraphs);
	}

	private static String withoutLongTokens(String paragraph, int maxTokenLength) {
		StringBuilder kept = new StringBuilder();
		for (String token : paragraph.split("\\s+")) {
			if (token.length() <= maxTokenLength) {
				kept.append(token).append(' ');
			}
			if (kept.length() >= SAMPLE) {
				break;
			}
		}
		return kept.toString();
	}

	/**
	 * @param text a text
	 * @param words how many words it has
	 * @return its language as a two-letter code, e.g. {@code en}, if it can be told
	 */
	static Optional<String> identify(String text, int words) {
		if (words < MIN_WORDS) {
			return Optional.empty();
		}
		String sample = (text.length() > SAMPLE) ? text.substring(0, SAMPLE) : text;
		List<DetectedLanguage> probabilities = Detector.DETECTOR.getProbabilities(Detector.TEXTS.forText(sample));
		if (probabilities.isEmpty() || probabilities.get(0).getProbability() < MIN_PROBABILITY) {
			return Optional.empty();
		}
		return Optional.of(probabilities.get(0).getLocale().getLanguage());
	}

	/**
	 * Loads the language profiles, which takes a moment: at start-up, with the
	 * LanguageTool warm-up, rather than on the first answer.
	 */
	static void load() {
		Detector.DETECTOR.getClass();
	}

	/**
	 * Loaded when first used.
	 */
	private static final class Detector {

		private static final LanguageDetector DETECTOR = detector();

		private static final TextObjectFactory TEXTS = CommonTextObjectFactories.forDetectingOnLargeText();

		private static LanguageDetector detector() {
			try {
				return LanguageDetectorBuilder.create(NgramExtractors.standard())
					.withProfiles(new LanguageProfileReader().read(IDENTIFIED))
					.build();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read the language profiles", ex);
			}
		}

	}

}
