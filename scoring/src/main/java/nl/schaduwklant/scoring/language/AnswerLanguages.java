package nl.schaduwklant.scoring.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

/**
 * Identifies the language an answer is written in, by its character n-grams, among the
 * languages Dutch organisations are likely to answer in. A text shorter than
 * {@value #MIN_WORDS} words, or one no language is clearly the most probable for, is not
 * identified: it is taken to be in the expected language.
 */
final class AnswerLanguages {

	static final List<String> IDENTIFIED = List.of("nl", "en", "de", "fr", "es", "it", "pt", "pl", "tr", "ar");

	static final int MIN_WORDS = 8;

	static final double MIN_PROBABILITY = 0.9;

	private AnswerLanguages() {
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
		List<DetectedLanguage> probabilities = Detector.DETECTOR.getProbabilities(Detector.TEXTS.forText(text));
		if (probabilities.isEmpty() || probabilities.get(0).getProbability() < MIN_PROBABILITY) {
			return Optional.empty();
		}
		return Optional.of(probabilities.get(0).getLocale().getLanguage());
	}

	/**
	 * Loaded when first used: reading the profiles takes a moment.
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
