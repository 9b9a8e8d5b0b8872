package nl.schaduwklant.scoring.language;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import nl.schaduwklant.scoring.LanguageCategory;

/**
 * What is never a language error for an organisation: its names, products and codes (each
 * allow-listed term and each word of it), and, for spelling, anything with a digit in it
 * (reference codes such as {@code NL-2024-0042}, phone numbers, our probe tokens), e-mail
 * addresses and web addresses.
 */
final class AllowList {

	private static final Pattern WORD = Pattern.compile("[\\s,;/()]+");

	private static final Pattern CODE_LIKE = Pattern.compile(".*\\d.*|.*@.*|(?i)(https?://|www\\.).*");

	private final Set<String> terms = new HashSet<>();

	AllowList(List<String> entries) {
		for (String entry : entries) {
			String term = entry.strip().toLowerCase(Locale.ROOT);
			if (!term.isEmpty()) {
				this.terms.add(term);
				for (String word : WORD.split(term)) {
					if (!word.isBlank()) {
						this.terms.add(word);
					}
				}
			}
		}
	}

	boolean allows(String text, LanguageCategory category) {
		String term = text.strip().toLowerCase(Locale.ROOT);
		if (this.terms.contains(term)) {
			return true;
		}
		return category == LanguageCategory.SPELLING && CODE_LIKE.matcher(term).matches();
	}

}
