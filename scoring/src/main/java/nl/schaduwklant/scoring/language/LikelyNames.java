package nl.schaduwklant.scoring.language;

import java.util.List;
import java.util.regex.Pattern;

import nl.schaduwklant.scoring.LanguageCategory;

/**
 * Tells a name from a misspelling as an editor would: words the spelling checker does not
 * know that start with a capital in the middle of a sentence ("mevrouw Yıldız", "bij
 * SportCity", "El Amrani" after "mevrouw") are names of people, places or products, not
 * errors. A capitalised word standing alone is a slip, not a name, when the checker
 * suggests a word one letter away ("uw Bestelingen": "Bestellingen"); one beside another
 * capitalised word ("Dyson V15 Detect", "LEGO Technic", "ZorgVerzekeraar Plus") is part
 * of a name. A capitalised word that opens a sentence is still checked, and so is a
 * single letter ("helpen U graag").
 */
final class LikelyNames {

	private static final Pattern CAPITALISED_WORDS = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(\\s+\\p{Lu}[\\p{L}'’-]*)*");

	private LikelyNames() {
	}

	/**
	 * @param text the whole text
	 * @param from where the flagged words start
	 * @param to where they end
	 * @param category what kind of error the rule reports
	 * @param ruleId the rule
	 * @param suggestions what the rule suggests instead
	 * @return whether the flagged words are a name
	 */
	static boolean isName(String text, int from, int to, LanguageCategory category, String ruleId,
			List<String> suggestions) {
		boolean nameRule = category == LanguageCategory.SPELLING || ruleId.contains("SIMPLE_REPLACE");
		return nameRule && CAPITALISED_WORDS.matcher(text.substring(from, to)).matches() && !opensSentence(text, from)
				&& (besideCapitalisedWord(text, from, to) || suggestions.stream()
					.noneMatch((suggestion) -> oneLetterAway(text.substring(from, to), suggestion)));
	}

	private static boolean besideCapitalisedWord(String text, int from, int to) {
		int before = from - 1;
		while (before >= 0 && text.charAt(before) == ' ') {
			before--;
		}
		int wordStart = before;
		while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
			wordStart--;
		}
		boolean previous = before >= 0 && wordStart <= before && Character.isUpperCase(text.charAt(wordStart))
				&& !opensSentence(text, wordStart);
		int after = to;
		while (after < text.length() && text.charAt(after) == ' ') {
			after++;
		}
		boolean next = after > to && after < text.length() && Character.isUpperCase(text.charAt(after));
		return previous || next;
	}

	/**
	 * @return whether the two differ, in their letters and ignoring case, by exactly one
	 * letter added, left out or replaced
	 */
	static boolean oneLetterAway(String word, String suggestion) {
		String a = letters(word);
		String b = letters(suggestion);
		if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int i = 0;
		while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		int j = 0;
		while (j < Math.min(a.length(), b.length()) - i
				&& a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
			j++;
		}
		return a.length() - i - j <= 1 && b.length() - i - j <= 1;
	}

	private static String letters(String text) {
		return text.codePoints()
			.filter(Character::isLetter)
			.map(Character::toLowerCase)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	/**
	 * A word opens a sentence at the start of the text, after a sentence end, or at the
	 * start of a line after a line that ends a sentence or a salutation ("Beste Anna,").
	 */
	private static boolean opensSentence(String text, int from) {
		int at = from - 1;
		boolean newline = false;
		while (at >= 0 && Character.isWhitespace(text.charAt(at))) {
			newline |= text.charAt(at) == '\n';
			at--;
		}
		if (at < 0) {
			return true;
		}
		char before = text.charAt(at);
		return before == '.' || before == '!' || before == '?' || before == ':' || before == '…'
				|| (newline && before == ',');
	}

}
