package nl.schaduwklant.scoring.resolution;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for comparison: lower case, without diacritics, with one space for any run
 * of white space (including non-breaking spaces).
 */
public final class TextFolding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

	private TextFolding() {
	}

	public static String fold(String text) {
		return SPACE.matcher(withoutDiacritics(text).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	public static String withoutDiacritics(String text) {
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
	}

}
