package nl.schaduwklant.scoring.language;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.nl.MorfologikDutchSpellerRule;
import org.languagetool.rules.patterns.RuleFilter;

/**
 * Keeps a "compound written apart" match only when the two words written together are a
 * word the Dutch dictionary knows ("klanten service" → klantenservice), so that two nouns
 * that merely stand side by side are never flagged. Referred to by
 * {@code grammar-nl.xml}.
 */
public class KnownCompoundFilter extends RuleFilter {

	private static volatile MorfologikDutchSpellerRule speller;

	@Override
	public RuleMatch acceptRuleMatch(RuleMatch match, Map<String, String> arguments, int patternTokenPos,
			AnalyzedTokenReadings[] patternTokens, List<Integer> tokenPositions) throws IOException {
		String compound = (getRequired("first", arguments) + getRequired("second", arguments)).toLowerCase(Locale.ROOT);
		return known(compound) ? match : null;
	}

	private static boolean known(String word) throws IOException {
		MorfologikDutchSpellerRule rule = speller();
		synchronized (rule) {
			return !rule.isMisspelled(word);
		}
	}

	private static MorfologikDutchSpellerRule speller() throws IOException {
		MorfologikDutchSpellerRule rule = speller;
		if (rule == null) {
			synchronized (KnownCompoundFilter.class) {
				rule = speller;
				if (rule == null) {
					rule = new MorfologikDutchSpellerRule(JLanguageTool.getMessageBundle(),
							Languages.getLanguageForShortCode("nl-NL"), null);
					speller = rule;
				}
			}
		}
		return rule;
	}

}
