package nl.schaduwklant.scoring.language;

import java.time.Duration;
import java.util.List;

import nl.schaduwklant.scoring.LanguageCategory;
import nl.schaduwklant.scoring.LanguageFindings;
import nl.schaduwklant.scoring.LanguageFindings.Outcome;
import nl.schaduwklant.scoring.LanguageFindings.SkipReason;
import nl.schaduwklant.scoring.LanguageFindings.SkippedSpan;
import nl.schaduwklant.scoring.LanguageIssue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Real LanguageTool (nl-NL): one checker for the whole class, as a node would have.
 */
class LanguageCheckerTests {

	private static final LanguageChecker checker = new LanguageChecker(LanguageProperties.of("nl-NL", 1));

	@BeforeAll
	static void warmUp() {
		checker.warmUp();
	}

	@Test
	void shouldFindNoErrorsInCorrectDutch() {
		LanguageFindings findings = checker.check("""
				Beste mevrouw De Vries,

				Hartelijk dank voor uw e-mail. Uw aanvraag wordt binnen vijf werkdagen behandeld.""", List.of());
		assertThat(findings.issues()).isEmpty();
		assertThat(findings.outcome()).isEqualTo(Outcome.COMPLETE);
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
		String text = "ZorgVerzekeraar Plus heeft uw dossier NL-2024-0042 gecontroleerd.";
		assertThat(checker.check(text, List.of()).issues()).extracting(LanguageIssue::text)
			.containsExactly("ZorgVerzekeraar");
		LanguageFindings allowed = checker.check(text, List.of("ZorgVerzekeraar Plus"));
		assertThat(allowed.issues()).isEmpty();
		assertThat(allowed.ignored()).isEqualTo(2);
	}

	@Test
	void shouldTakeAnUnknownCapitalisedWordInTheMiddleOfASentenceForAName() {
		LanguageFindings findings = checker.check("Uw dossier is door ZorgVerzekeraar Plus gecontroleerd.", List.of());
		assertThat(findings.issues()).isEmpty();
		assertThat(findings.ignored()).isEqualTo(1);
		assertThat(checker.check("Uw dossier is door zorgverzekeraarplus gecontroleerd.", List.of()).issues())
			.extracting(LanguageIssue::text)
			.containsExactly("zorgverzekeraarplus");
	}

	@Test
	void shouldGiveNoFindingsForAnEmptyText() {
		assertThat(checker.check("  ", List.of()).errorsPer100Words()).isNull();
		assertThat(checker.check(null, List.of()).words()).isZero();
	}

	@Test
	void shouldSkipA700KilobyteLineWithoutSpacesAndStillFindTheErrorsAroundIt() {
		String line = "QUJD".repeat(175_000);
		String text = "Wij heeft uw vraag ontvangen. " + line + " Het antwoort staat op onze websiete.";
		LanguageFindings findings = assertTimeoutPreemptively(Duration.ofSeconds(60),
				() -> checker.check(text, List.of()));
		assertThat(findings.outcome()).isEqualTo(Outcome.PARTIAL);
		assertThat(findings.coverage().skipped())
			.containsExactly(new SkippedSpan(30, line.length(), SkipReason.LONG_TOKEN));
		assertThat(findings.coverage().truncated()).isFalse();
		assertThat(findings.coverage().checkedCharacters()).isEqualTo(text.length() - line.length() - 1);
		assertThat(findings.words()).isEqualTo(11);
		assertThat(findings.issues()).extracting(LanguageIssue::text).contains("Wij heeft", "antwoort", "websiete");
		assertThat(findings.issues())
			.allSatisfy((issue) -> assertThat(text.substring(issue.offset(), issue.offset() + issue.length()))
				.isEqualTo(issue.text()));
		assertThat(findings.issues()).noneMatch((issue) -> issue.text().contains("QUJD"));
	}

	@Test
	void shouldCutA700KilobyteLineOfWordsAtTheCharacterLimitAndCountOnlyTheCheckedWords() {
		LanguageChecker small = new LanguageChecker(properties(2_000));
		String text = "het antwoort staat op onze websiete ".repeat(20_000);
		LanguageFindings findings = assertTimeoutPreemptively(Duration.ofSeconds(60),
				() -> small.check(text, List.of()));
		assertThat(findings.outcome()).isEqualTo(Outcome.PARTIAL);
		assertThat(findings.coverage().truncated()).isTrue();
		assertThat(findings.coverage().characters()).isEqualTo(text.length());
		assertThat(findings.coverage().checkedCharacters()).isBetween(1_900, 2_000);
		SkippedSpan cut = findings.coverage().skipped().get(0);
		assertThat(cut.reason()).isEqualTo(SkipReason.BEYOND_LIMIT);
		assertThat(cut.offset() + cut.length()).isEqualTo(text.length());
		assertThat(findings.words()).isEqualTo(LanguageChecker.countWords(text.substring(0, cut.offset())));
		assertThat(findings.issues()).isNotEmpty()
			.allSatisfy((issue) -> assertThat(issue.offset()).isLessThan(cut.offset()));
		assertThat(findings.errorsPer100Words()).isCloseTo(100.0 * findings.issues().size() / findings.words(),
				within(1e-9));
	}

	private static LanguageProperties properties(int maxCharacters) {
		LanguageProperties defaults = LanguageProperties.of("nl-NL", 1);
		return new LanguageProperties(defaults.language(), defaults.instances(), false, List.of(), maxCharacters,
				defaults.maxTokenLength(), defaults.maxSentenceLength(), defaults.timeLimit(), defaults.borrowTimeout(),
				defaults.warmUpTimeout());
	}

}
