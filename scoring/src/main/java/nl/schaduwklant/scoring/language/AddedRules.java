package nl.schaduwklant.scoring.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternRuleLoader;

/**
 * Our rules beside LanguageTool's own, in its pattern-rule format: {@code grammar-nl.xml}
 * next to this class holds the Dutch ones (u/uw, de/het, compounds written apart, d/t).
 */
final class AddedRules {

	private AddedRules() {
	}

	/**
	 * @param language a language
	 * @return our rules for it (none when we have none)
	 */
	static List<AbstractPatternRule> of(Language language) {
		String file = "grammar-" + language.getShortCode() + ".xml";
		try (InputStream in = AddedRules.class.getResourceAsStream(file)) {
			if (in == null) {
				return List.of();
			}
			return new PatternRuleLoader().getRules(in, file, language);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

	/**
	 * Adds our rules for its language to an instance.
	 * @param tool the instance
	 * @return how many rules were added
	 */
	static int addTo(JLanguageTool tool) {
		List<AbstractPatternRule> rules = of(tool.getLanguage());
		rules.forEach(tool::addRule);
		return rules.size();
	}

}
