package nl.schaduwklant.probes.email;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Separates the signature from the new text of a reply: after the standard {@code "-- "}
 * delimiter, or from a closing such as "Met vriendelijke groet" or "Kind regards" near
 * the end, a "Verstuurd vanaf mijn iPhone" line, or a name after a dash as the last lines
 * ("-Abhishek Kona").
 */
class Signatures {

	private static final Pattern DELIMITER = Pattern.compile("^--\\s?$");

	private static final Pattern CLOSING = Pattern
		.compile("^\\s*(met\\s+)?(vriendelijke|hartelijke|beste|warme)\\s+groet(en)?\\s*,?\\s*$|"
				+ "^\\s*(groet(en|jes)?|mvg|m\\.?\\s?vr\\.?\\s?gr\\.?|hoogachtend|"
				+ "kind regards|best regards|warm regards|regards|best wishes|yours sincerely|sincerely|"
				+ "yours faithfully|cheers)\\s*,?\\s*$", Pattern.CASE_INSENSITIVE);

	/**
	 * A short device line; a sentence that starts the same way ("Sent from my desk, …")
	 * is not.
	 */
	private static final Pattern SENT_FROM = Pattern
		.compile(
				"^\\s*((verstuurd|verzonden) (vanaf|vanuit|met) (mijn|m'n)|"
						+ "sent from my|envoy(é|e) de mon|enviado desde mi|inviato da(l mio)?) [\\p{L}\\d' ]{1,40}$|"
						+ "^\\s*von meinem [\\p{L}\\d' ]{1,40} gesendet$",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A name after a dash, such as "-Abhishek Kona" or "-- Tim", as the last lines. */
	private static final Pattern DASH_NAME = Pattern
		.compile("^\\s*(-|--\\s?)\\p{Lu}[\\p{L}.'-]*(\\s+\\p{Lu}[\\p{L}.'-]*){0,3}\\s*$");

	private static final int DASH_NAME_WITHIN_LAST_LINES = 2;

	private static final int CLOSING_WITHIN_LAST_LINES = 15;

	/**
	 * @param body the new text of the reply, without its signature
	 * @param signature the signature, or an empty string
	 */
	record Split(String body, String signature) {
	}

	Split split(String text) {
		List<String> lines = List.of(text.split("\n", -1));
		int start = signatureStart(lines);
		if (start < 0) {
			return new Split(text.strip(), "");
		}
		return new Split(String.join("\n", lines.subList(0, start)).strip(),
				String.join("\n", lines.subList(start, lines.size())).strip());
	}

	private static int signatureStart(List<String> lines) {
		int delimiter = -1;
		int sentFrom = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (delimiter < 0 && DELIMITER.matcher(lines.get(i)).matches()) {
				delimiter = i;
			}
			if (sentFrom < 0 && SENT_FROM.matcher(lines.get(i)).matches()) {
				sentFrom = i;
			}
		}
		int closing = closing(lines);
		return earliest(earliest(delimiter, sentFrom), earliest(closing, dashName(lines)));
	}

	private static int closing(List<String> lines) {
		int content = (int) lines.stream().filter((line) -> !line.isBlank()).count();
		int seen = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			seen++;
			if (seen > 1 && content - seen < CLOSING_WITHIN_LAST_LINES && CLOSING.matcher(lines.get(i)).matches()) {
				return i;
			}
		}
		return -1;
	}

	private static int dashName(List<String> lines) {
		int seen = 0;
		for (int i = lines.size() - 1; i > 0 && seen < DASH_NAME_WITHIN_LAST_LINES; i--) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			seen++;
			if (DASH_NAME.matcher(lines.get(i)).matches()) {
				return i;
			}
		}
		return -1;
	}

	private static int earliest(int a, int b) {
		if (a < 0) {
			return b;
		}
		return (b < 0) ? a : Math.min(a, b);
	}

}
