package nl.schaduwklant.probes.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A subject line reduced to what survives replying: without reply and forward prefixes
 * (Re, Antw, AW, Fwd, Doorst, …), bracketed references such as our token or a ticket
 * number, case, diacritics and extra white space.
 */
public final class SubjectKey {

	private static final Pattern PREFIX = Pattern.compile(
			"^\\s*(re|aw|antw|antwoord|fw|fwd|doorst|wg|sv|vs|tr|rif)\\s*(\\[\\d+\\]|\\(\\d+\\))?\\s*[:：]\\s*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]{0,60}\\]|\\(#?\\d{3,}\\)");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private SubjectKey() {
	}

	/**
	 * @param subject a subject line
	 * @return whether it starts as a reply or a forward does ("Re:", "Antw:", "AW:", …)
	 */
	public static boolean isReplyOrForward(String subject) {
		return subject != null && PREFIX.matcher(subject).lookingAt();
	}

	public static String of(String subject) {
		if (subject == null) {
			return "";
		}
		String key = BRACKETED.matcher(subject).replaceAll(" ");
		String previous;
		do {
			previous = key;
			key = PREFIX.matcher(key).replaceFirst("");
		}
		while (!key.equals(previous));
		key = MARKS.matcher(Normalizer.normalize(key, Normalizer.Form.NFD)).replaceAll("");
		key = key.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
		return (key.length() > 400) ? key.substring(0, 400) : key;
	}

}
