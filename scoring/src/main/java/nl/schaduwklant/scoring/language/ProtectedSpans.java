package nl.schaduwklant.scoring.language;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a text that are never language errors, whatever rule flags them: e-mail
 * and web addresses, IBANs, Dutch postcodes ({@code 3512 CD}) and reference codes (a
 * token with a digit in it, such as {@code ORD-2026-004513} or {@code KL1234}).
 */
final class ProtectedSpans {

	private static final Pattern PROTECTED = Pattern.compile(String.join("|",
			// e-mail addresses
			"[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}",
			// web addresses
			"(?i:(https?://|www\\.)[^\\s<>\"]+)",
			// IBAN, grouped or not
			"\\b[A-Z]{2}\\d{2}(\\s?[A-Z0-9]{4}){2,7}(\\s?[A-Z0-9]{1,4})?\\b",
			// Dutch postcodes
			"\\b\\d{4}\\s?[A-Z]{2}\\b",
			// codes: a token with a digit and a letter or a dash
			"(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]*\\p{N}[\\p{L}\\p{N}]*([-/.][\\p{L}\\p{N}]+)+(?![\\p{L}\\p{N}])",
			"(?<![\\p{L}\\p{N}])(\\p{L}+\\p{N}+|\\p{N}+\\p{L}+)[\\p{L}\\p{N}]*(?![\\p{L}\\p{N}])"));

	/** How far around a match its context is read, on either side. */
	private static final int CONTEXT = 64;

	private final String text;

	ProtectedSpans(String text) {
		this.text = text;
	}

	/**
	 * @return whether the range from {@code from} to {@code to} lies within a protected
	 * part; only the match's own neighbourhood is read, so an enormous text costs no more
	 * than a short one
	 */
	boolean covers(int from, int to) {
		int start = Math.max(0, from - CONTEXT);
		int end = Math.min(this.text.length(), to + CONTEXT);
		Matcher matcher = PROTECTED.matcher(this.text).region(start, end).useTransparentBounds(true);
		while (matcher.find()) {
			if (matcher.start() <= from && to <= matcher.end()) {
				return true;
			}
		}
		return false;
	}

}
