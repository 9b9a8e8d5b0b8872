package nl.schaduwklant.probes.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes the quoted history from the text of a reply, so that only what the organisation
 * wrote now is judged.
 * <ul>
 * <li>A header block of the message replied to (Outlook's {@code Van:/Verzonden:/Aan:/
 * Onderwerp:}, {@code From:/Sent:/To:/Subject:}, German, French and Spanish ones, or one
 * starting with {@code Date:}), an "Original Message" separator in several languages, or
 * a {@code ---- X wrote ----} line: everything from there on is history, with the rule of
 * dashes or underscores just above it.</li>
 * <li>An attribution line ({@code On … wrote:}, {@code Op … schreef …:}, {@code Am …
 * schrieb …:}, {@code Le … a écrit :}, {@code … написал:}, over up to three lines, with
 * or without a space before {@code wrote:}), which names the sender's address or the time
 * of the message replied to (so that "Op onze website staat het volgende geschreven:" is
 * text, not an attribution): when quoted lines follow it, it is removed with them and the
 * text written below or between quoted lines is kept (a bottom post or an inline answer);
 * when none follow, everything from there on is history.</li>
 * <li>Quoted ({@code >}) lines.</li>
 * </ul>
 */
class QuotedHistory {

	private static final Pattern SEPARATOR = Pattern.compile(
			"^\\s*-{2,}\\s*(original message|oorspronkelijk bericht|origineel bericht|oorspronkelijk e-mailbericht|"
					+ "forwarded message|doorgestuurd bericht|urspr(ü|u)ngliche nachricht|weitergeleitete nachricht|"
					+ "message d'origine|message transf(é|e)r(é|e)|mensaje original|mensaje reenviado|"
					+ "messaggio originale|messaggio inoltrato)\\s*-{2,}\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern WROTE_SEPARATOR = Pattern.compile(
			"^\\s*-{2,}\\s*.{1,120}\\s(wrote|schreef|schrieb|a (é|e)crit|escribi(ó|o)|ha scritto)\\s*-{2,}\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern RULE = Pattern.compile("^\\s*(_{8,}|-{8,})\\s*$");

	private static final Pattern HEADER_FROM = header("van|from|von|de|da");

	private static final Pattern HEADER_DATE = header("verzonden|sent|datum|date|gesendet|envoy(é|e)|enviado|inviato");

	private static final Pattern HEADER_SUBJECT = header("onderwerp|subject|betreff|objet|asunto|oggetto");

	private static final Pattern HEADER_TO = header("aan|to|an|(à|a)|para|cc");

	private static final String VERB = "wrote|writes|schreef|schrieb|a (é|e)crit|ha scritto|escribi(ó|o)|escreveu|"
			+ "написал(а)?|napisa(ł|l)(\\(a\\)|a)?|skrev|kirjoitti|het volgende geschreven|geschreven";

	/**
	 * Starts with a word that opens an attribution; the verb may come before the name.
	 */
	private static final Pattern ATTRIBUTION_OPENING = Pattern.compile(
			"^\\s*(op|on|am|le|el|il|em|den|p(å|a)|w dniu)\\s.{0,250}\\s?(" + VERB + ")\\b.{0,200}:\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Ends with the verb, e.g. {@code 02.04.2012 14:20 X <x@y> wrote:}. */
	private static final Pattern ATTRIBUTION_CLOSING = Pattern
		.compile("^\\s*\\S.{0,250}?[\\s>\"]?(" + VERB + ")\\s*:\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A line that can only be the first of an attribution: an opening word or a date. */
	private static final Pattern OPENS_ATTRIBUTION = Pattern.compile(
			"^\\s*((op|on|am|le|el|il|em|den|p(å|a)|w dniu)\\s|\\d).*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** An attribution names the sender's address or the time the message was sent. */
	private static final Pattern HAS_TIME_OR_ADDRESS = Pattern.compile("@|\\b\\d{1,2}[:.]\\d{2}\\b");

	private static final int MAX_ATTRIBUTION_LENGTH = 300;

	private final ListFooters footers = new ListFooters();

	private static Pattern header(String names) {
		return Pattern.compile("^\\s*\\*?(" + names + ")\\s?:\\*?(\\s.*|$)",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	String strip(String text) {
		List<String> lines = this.footers.strip(List.of(text.split("\n", -1)));
		int end = historyStart(lines);
		List<String> kept = new ArrayList<>();
		boolean removed = false;
		int i = 0;
		while (i < end) {
			String line = lines.get(i);
			int attribution = isQuoted(line) ? -1 : attributionEnd(lines, i, end);
			if (attribution >= 0 && !quotedLinesFollow(lines, attribution + 1, end)) {
				break;
			}
			if (isQuoted(line) || attribution >= 0) {
				removed = true;
				i = Math.max(i, attribution) + 1;
				continue;
			}
			boolean doubleBlank = line.isBlank() && !kept.isEmpty() && kept.get(kept.size() - 1).isBlank();
			if (!(removed && doubleBlank)) {
				kept.add(line);
				removed = removed && line.isBlank();
			}
			i++;
		}
		return String.join("\n", kept).strip();
	}

	private static boolean isQuoted(String line) {
		return line.stripLeading().startsWith(">");
	}

	private static boolean quotedLinesFollow(List<String> lines, int from, int end) {
		for (int i = from; i < end; i++) {
			if (!lines.get(i).isBlank()) {
				return isQuoted(lines.get(i));
			}
		}
		return false;
	}

	/**
	 * @return the last line of an attribution starting at {@code from}, or -1
	 */
	private static int attributionEnd(List<String> lines, int from, int end) {
		if (lines.get(from).isBlank()) {
			return -1;
		}
		for (int last = from; last < Math.min(end, from + 3); last++) {
			if ((last > from && lines.get(last).isBlank()) || isQuoted(lines.get(last))) {
				return -1;
			}
			if (isAttribution(lines, from, last)) {
				for (int later = from + 1; later <= last; later++) {
					if (OPENS_ATTRIBUTION.matcher(lines.get(later)).matches()) {
						// the attribution starts below: the first lines are text of their
						// own
						return -1;
					}
				}
				return last;
			}
		}
		return -1;
	}

	private static boolean isAttribution(List<String> lines, int from, int last) {
		String joined = String.join(" ", lines.subList(from, last + 1).stream().map(String::strip).toList());
		if (joined.length() > MAX_ATTRIBUTION_LENGTH) {
			return false;
		}
		return (ATTRIBUTION_OPENING.matcher(joined).matches() || ATTRIBUTION_CLOSING.matcher(joined).matches())
				&& HAS_TIME_OR_ADDRESS.matcher(joined).find();
	}

	private static int historyStart(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.length() > MAX_ATTRIBUTION_LENGTH || isQuoted(line)) {
				continue;
			}
			if (SEPARATOR.matcher(line).matches() || WROTE_SEPARATOR.matcher(line).matches()) {
				return i;
			}
			if (isHeaderBlock(lines, i)) {
				return withRuleAbove(lines, i);
			}
		}
		return lines.size();
	}

	private static int withRuleAbove(List<String> lines, int start) {
		int above = start - 1;
		while (above >= 0 && lines.get(above).isBlank()) {
			above--;
		}
		return (above >= 0 && RULE.matcher(lines.get(above)).matches()) ? above : start;
	}

	/**
	 * A header block has a sender and a subject and a date or an addressee within seven
	 * lines, starting with one of them.
	 */
	private static boolean isHeaderBlock(List<String> lines, int from) {
		if (!isHeader(lines.get(from))) {
			return false;
		}
		boolean sender = false;
		boolean date = false;
		boolean subject = false;
		boolean to = false;
		for (int i = from; i < Math.min(lines.size(), from + 7); i++) {
			String line = lines.get(i);
			sender |= HEADER_FROM.matcher(line).matches();
			date |= HEADER_DATE.matcher(line).matches();
			subject |= HEADER_SUBJECT.matcher(line).matches();
			to |= HEADER_TO.matcher(line).matches();
		}
		return sender && subject && (date || to);
	}

	private static boolean isHeader(String line) {
		return HEADER_FROM.matcher(line).matches() || HEADER_DATE.matcher(line).matches()
				|| HEADER_SUBJECT.matcher(line).matches();
	}

}
