package nl.schaduwklant.probes.email;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes the footer a mailing list or a notification service adds at the end of a
 * message (a rule followed by "mailing list", "listinfo", "unsubscribe", …): nobody at
 * the organisation wrote it.
 */
class ListFooters {

	private static final Pattern RULE = Pattern.compile("^\\s*(_{8,}|-{8,})\\s*$");

	private static final Pattern FOOTER_LINE = Pattern
		.compile("(mailing list|listinfo|mailman|unsubscribe|uitschrijven|afmelden voor deze lijst|"
				+ "you received this message because you are subscribed|"
				+ "reply to this email directly or view it on)", Pattern.CASE_INSENSITIVE);

	private static final int MAX_FOOTER_LINES = 8;

	List<String> strip(List<String> lines) {
		int last = lines.size() - 1;
		while (last >= 0 && lines.get(last).isBlank()) {
			last--;
		}
		for (int i = Math.max(0, last - MAX_FOOTER_LINES); i <= last; i++) {
			if (RULE.matcher(lines.get(i)).matches() && footerFollows(lines, i + 1, last)) {
				return lines.subList(0, i);
			}
		}
		return lines;
	}

	private static boolean footerFollows(List<String> lines, int from, int last) {
		for (int i = from; i <= last; i++) {
			if (FOOTER_LINE.matcher(lines.get(i)).find()) {
				return true;
			}
		}
		return false;
	}

}
