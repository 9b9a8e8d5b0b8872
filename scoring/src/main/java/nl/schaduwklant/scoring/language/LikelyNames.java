package nl.schaduwklant.scoring.language;

import java.util.regex.Pattern;

import nl.schaduwklant.scoring.LanguageCategory;

/**
 * Tells a name from a misspelling as an editor would: words the spelling checker does not
 * know that start with a capital in the middle of a sentence ("mevrouw Yıldız", "bij
 * SportCity", "El Amrani" after "mevrouw") are names of people, places or products, not
 * errors. A capitalised word that opens a sentence is still checked.
 */
final class LikelyNames {

	private static final Pattern CAPITALISED_WORDS = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(\\s+\\p{Lu}[\\p{L}'’-]*)*");

	private LikelyNames() {
	}

	/**
	 * @param text the whole text
	 * @param from where the flagged words start
	 * @param to where they end
	 * @param category what kind of error the rule reports
	 * @param ruleId the rule
	 * @return whether the flagged words are a name
	 */
	static boolean isName(String text, int from, int to, LanguageCategory category, String ruleId) {
		boolean nameRule = category == LanguageCategory.SPELLING || ruleId.contains("SIMPLE_REPLACE");
		return nameRule && CAPITALISED_WORDS.matcher(text.substring(from, to)).matches() && !opensSentence(text, from);
	}

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
		if (newline) {
			// a line after a salutation or a closing ("Met vriendelijke groet,") goes on
			return before != ',';
		}
		return before == '.' || before == '!' || before == '?' || before == ':' || before == '…';
	}

}
