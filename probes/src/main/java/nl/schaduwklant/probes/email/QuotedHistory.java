package nl.schaduwklant.probes.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes the quoted history from the text of a reply, so that only what the organisation
 * wrote now is judged: {@code >} lines, Outlook's {@code Van:/Verzonden:/Aan:/Onderwerp:}
 * and {@code From:/Sent:/To:/Subject:} blocks, "Original Message" separators, Gmail's
 * {@code Op … schreef …:} and {@code On … wrote:}, and Apple Mail's
 * {@code Op … heeft … het volgende geschreven:}.
 */
class QuotedHistory {

	private static final Pattern SEPARATOR = Pattern.compile(
			"^\\s*-{2,}\\s*(original message|oorspronkelijk bericht|origineel bericht|oorspronkelijk e-mailbericht|"
					+ "forwarded message|doorgestuurd bericht)\\s*-{2,}\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern UNDERSCORES = Pattern.compile("^\\s*_{8,}\\s*$");

	private static final Pattern HEADER_FROM = Pattern.compile("^\\s*\\*?(van|from)\\s*:\\*?\\s*.*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HEADER_DATE = Pattern.compile("^\\s*\\*?(verzonden|sent|datum|date)\\s*:.*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HEADER_SUBJECT = Pattern.compile("^\\s*\\*?(onderwerp|subject)\\s*:.*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ATTRIBUTION = Pattern.compile(
			"^\\s*(op\\s.+\\sschreef\\s.*:|on\\s.+\\swrote\\s?:|op\\s.+\\sheeft\\s.+\\shet volgende geschreven\\s?:|"
					+ "am\\s.+\\sschrieb\\s.*:)\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ATTRIBUTION_START = Pattern.compile("^\\s*(op|on|am)\\s.*", Pattern.CASE_INSENSITIVE);

	String strip(String text) {
		List<String> lines = List.of(text.split("\n", -1));
		int cut = historyStart(lines);
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < cut; i++) {
			if (!lines.get(i).stripLeading().startsWith(">")) {
				kept.add(lines.get(i));
			}
		}
		return String.join("\n", kept).strip();
	}

	private static int historyStart(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (SEPARATOR.matcher(line).matches()) {
				return i;
			}
			if (HEADER_FROM.matcher(line).matches() && isHeaderBlock(lines, i)) {
				return (i > 0 && UNDERSCORES.matcher(lines.get(i - 1)).matches()) ? i - 1 : i;
			}
			if (ATTRIBUTION.matcher(line).matches()) {
				return i;
			}
			if (ATTRIBUTION_START.matcher(line).matches()) {
				for (int span = 1; span <= 2 && i + span < lines.size(); span++) {
					String joined = String.join(" ", lines.subList(i, i + span + 1));
					if (ATTRIBUTION.matcher(joined).matches()) {
						return i;
					}
				}
			}
		}
		return lines.size();
	}

	private static boolean isHeaderBlock(List<String> lines, int from) {
		boolean date = false;
		boolean subject = false;
		for (int i = from + 1; i < Math.min(lines.size(), from + 7); i++) {
			date |= HEADER_DATE.matcher(lines.get(i)).matches();
			subject |= HEADER_SUBJECT.matcher(lines.get(i)).matches();
		}
		return date && subject;
	}

}
