package nl.schaduwklant.scoring.language;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.CorrectExample;
import org.languagetool.rules.IncorrectExample;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.AbstractPatternRule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule we add to LanguageTool's Dutch ones holds to its own examples: each example
 * that must match is flagged by that rule exactly at its marker, with the correction
 * among the suggestions; each that must not, is not flagged by it.
 */
class LanguageRulesTests {

	@Test
	void shouldMatchEveryIncorrectExampleAtItsMarkerAndNoCorrectOne() throws IOException {
		JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode("nl-NL"));
		List<AbstractPatternRule> rules = AddedRules.of(tool.getLanguage());
		assertThat(rules.stream().map(AbstractPatternRule::getId).distinct()).containsExactlyInAnyOrder(
				"SK_U_IN_PLAATS_VAN_UW", "SK_DE_BIJVOEGLIJK_HETWOORD", "SK_DEZE_HETWOORD", "SK_SAMENSTELLING_LOS",
				"SK_STAM_VOOR_U", "SK_WORD_LIJDEND");
		assertThat(AddedRules.addTo(tool)).isEqualTo(7);
		for (AbstractPatternRule rule : rules) {
			assertThat(rule.getIncorrectExamples()).as("examples that must match of %s", rule.getId()).isNotEmpty();
			assertThat(rule.getCorrectExamples()).as("examples that must not match of %s", rule.getId()).isNotEmpty();
			for (IncorrectExample example : rule.getIncorrectExamples()) {
				String marked = example.getExample();
				int from = marked.indexOf("<marker>");
				int to = marked.indexOf("</marker>") - "<marker>".length();
				String text = marked.replace("<marker>", "").replace("</marker>", "");
				List<RuleMatch> matches = matchesOf(tool, rule, text);
				assertThat(matches).as("%s on \"%s\"", rule.getId(), text).anySatisfy((match) -> {
					assertThat(match.getFromPos()).isEqualTo(from);
					assertThat(match.getToPos()).isEqualTo(to);
					assertThat(match.getSuggestedReplacements()).containsAll(example.getCorrections());
				});
			}
			for (CorrectExample example : rule.getCorrectExamples()) {
				assertThat(matchesOf(tool, rule, example.getExample()))
					.as("%s on \"%s\"", rule.getId(), example.getExample())
					.isEmpty();
			}
		}
	}

	private static List<RuleMatch> matchesOf(JLanguageTool tool, AbstractPatternRule rule, String text) {
		try {
			return tool.check(text).stream().filter((match) -> match.getRule().getId().equals(rule.getId())).toList();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
