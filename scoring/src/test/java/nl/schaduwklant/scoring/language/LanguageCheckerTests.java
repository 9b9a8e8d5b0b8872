package nl.schaduwklant.scoring.language;

import java.util.List;

import nl.schaduwklant.scoring.LanguageCategory;
import nl.schaduwklant.scoring.LanguageFindings;
import nl.schaduwklant.scoring.LanguageIssue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Real LanguageTool (nl-NL): one checker for the whole class, as a node would have.
 */
class LanguageCheckerTests {

	private static final LanguageChecker checker = new LanguageChecker(
			new LanguageProperties(null, 1, false, List.of()));

	@Test
	void shouldFindNoErrorsInCorrectDutch() {
		LanguageFindings findings = checker.check("""
				Beste mevrouw De Vries,

				Hartelijk dank voor uw e-mail. Uw aanvraag wordt binnen vijf werkdagen behandeld.""", List.of());
		assertThat(findings.issues()).isEmpty();
		assertThat(findings.words()).isEqualTo(16);
		assertThat(findings.errorsPer100Words()).isZero();
	}

	@Test
	void shouldSortErrorsIntoCategoriesAndNormaliseThemPer100Words() {
		LanguageFindings findings = checker.check(
				"Wij heeft uw vraag ontvangen. Het antwoort staat op onze websiete. Kijkt u maar , het is gratis.",
				List.of());
		assertThat(findings.issues()).extracting(LanguageIssue::text).contains("Wij heeft", "antwoort", "websiete");
		assertThat(findings.byCategory().get(LanguageCategory.SPELLING)).isEqualTo(2);
		assertThat(findings.byCategory().get(LanguageCategory.GRAMMAR)).isEqualTo(1);
		assertThat(findings.byCategory().get(LanguageCategory.PUNCTUATION)).isEqualTo(1);
		assertThat(findings.words()).isEqualTo(17);
		assertThat(findings.errorsPer100Words()).isCloseTo(100.0 * 4 / 17, within(1e-9));
		assertThat(findings.issues()).allSatisfy((issue) -> assertThat(issue.message()).doesNotContain("<suggestion>"));
	}

	@Test
	void shouldNotCountAllowListedNamesOrCodesAsErrors() {
		String text = "Uw dossier NL-2024-0042 is door ZorgVerzekeraar Plus gecontroleerd.";
		assertThat(checker.check(text, List.of()).issues()).extracting(LanguageIssue::text)
			.containsExactly("ZorgVerzekeraar");
		LanguageFindings allowed = checker.check(text, List.of("ZorgVerzekeraar Plus"));
		assertThat(allowed.issues()).isEmpty();
		assertThat(allowed.ignored()).isEqualTo(2);
	}

	@Test
	void shouldGiveNoFindingsForAnEmptyText() {
		assertThat(checker.check("  ", List.of()).errorsPer100Words()).isNull();
		assertThat(checker.check(null, List.of()).words()).isZero();
	}

}
