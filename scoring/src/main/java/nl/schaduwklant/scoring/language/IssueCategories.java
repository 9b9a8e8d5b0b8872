package nl.schaduwklant.scoring.language;

import java.util.Locale;
import java.util.Set;

import nl.schaduwklant.scoring.LanguageCategory;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.Rule;

/**
 * Sorts LanguageTool's rules into our categories, by the rule's category first (Dutch
 * rules use their own, such as {@code VORMFOUTEN} or {@code CONGRUENTIE}) and its ITS
 * issue type second.
 */
final class IssueCategories {

	private static final Set<String> SPELLING = Set.of("TYPOS", "SPELLING", "CASING", "COMPOUNDING", "HOOFDLETTERS",
			"SAMENSTELLINGEN");

	private static final Set<String> GRAMMAR = Set.of("GRAMMAR", "CONGRUENTIE", "VORMFOUTEN", "CONFUSED_WORDS",
			"VERWARRING", "WERKWOORDSVORMEN");

	private static final Set<String> PUNCTUATION = Set.of("PUNCTUATION", "TYPOGRAPHY", "LEESTEKENS", "INTERPUNCTIE");

	private static final Set<String> STYLE = Set.of("STYLE", "REDUNDANCY", "NOTATIES", "BARBARISM", "LEENWOORDEN",
			"COLLOQUIALISMS", "STIJL", "PLAIN_ENGLISH", "SEMANTICS", "WORD_REPETITION");

	private IssueCategories() {
	}

	static LanguageCategory of(Rule rule) {
		String category = (rule.getCategory() != null) ? rule.getCategory().getId().toString().toUpperCase(Locale.ROOT)
				: "";
		if (SPELLING.contains(category)) {
			return LanguageCategory.SPELLING;
		}
		if (GRAMMAR.contains(category)) {
			return LanguageCategory.GRAMMAR;
		}
		if (PUNCTUATION.contains(category)) {
			return LanguageCategory.PUNCTUATION;
		}
		if (STYLE.contains(category)) {
			return LanguageCategory.STYLE;
		}
		return byIssueType(rule.getLocQualityIssueType());
	}

	private static LanguageCategory byIssueType(ITSIssueType type) {
		if (type == null) {
			return LanguageCategory.OTHER;
		}
		return switch (type) {
			case Misspelling -> LanguageCategory.SPELLING;
			case Grammar, Inconsistency, Terminology -> LanguageCategory.GRAMMAR;
			case Typographical, Whitespace -> LanguageCategory.PUNCTUATION;
			case Style, Register, Duplication, Addition, Omission -> LanguageCategory.STYLE;
			default -> LanguageCategory.OTHER;
		};
	}

}
