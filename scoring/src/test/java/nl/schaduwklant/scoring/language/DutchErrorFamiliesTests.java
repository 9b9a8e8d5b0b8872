package nl.schaduwklant.scoring.language;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.schaduwklant.scoring.LanguageFindings;
import nl.schaduwklant.scoring.LanguageIssue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checker on the annotated Dutch customer-service replies in
 * {@code language/dutch-replies.txt}: every error family Dutch editors look for first
 * found in at least nine of ten cases, at most one false finding per 1,000 words of the
 * clean replies (full of codes, addresses, names and products), and answers in English
 * identified and checked as English, never as bad Dutch.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DutchErrorFamiliesTests {

	private static final List<String> FAMILIES = List.of("U_UW", "DE_HET", "SPLIT_COMPOUND", "D_T");

	private final List<AnnotatedReplies.Reply> dutch = AnnotatedReplies.read("/language/dutch-replies.txt");

	private final List<AnnotatedReplies.Reply> english = AnnotatedReplies.read("/language/english-replies.txt");

	private LanguageChecker checker;

	private LanguageCorpusScore score;

	@BeforeAll
	void check() {
		this.checker = new LanguageChecker(LanguageProperties.of("nl-NL", 1));
		this.checker.warmUp();
		this.score = LanguageCorpusScore.of(this.dutch,
				(text) -> this.checker.check(text, List.of())
					.issues()
					.stream()
					.map((issue) -> new LanguageCorpusScore.Finding(issue.offset(), issue.offset() + issue.length(),
							issue.rule()))
					.toList());
		System.out.printf("recall %s, %d false findings in %d clean words%n  missed: %s%n  false: %s%n",
				FAMILIES.stream().collect(Collectors.toMap((f) -> f, this.score::recall)),
				this.score.falseFindings().size(), this.score.cleanWords(), this.score.misses(),
				this.score.falseFindings());
	}

	@AfterAll
	void close() {
		this.checker.close();
	}

	@Test
	void shouldReadTheWholeAnnotatedSet() {
		Map<String, Long> replies = this.dutch.stream()
			.collect(Collectors.groupingBy(AnnotatedReplies.Reply::family, Collectors.counting()));
		assertThat(this.dutch).hasSize(135);
		assertThat(replies).containsEntry("CLEAN", 44L)
			.containsEntry("U_UW", 22L)
			.containsEntry("DE_HET", 23L)
			.containsEntry("SPLIT_COMPOUND", 23L)
			.containsEntry("D_T", 23L);
		assertThat(this.score.known()).containsEntry("U_UW", 27)
			.containsEntry("DE_HET", 24)
			.containsEntry("SPLIT_COMPOUND", 24)
			.containsEntry("D_T", 25);
		assertThat(this.score.cleanWords()).isGreaterThan(1_500);
	}

	@Test
	void shouldFindAtLeastNineInTenErrorsOfEveryFamily() {
		for (String family : FAMILIES) {
			assertThat(this.score.recall(family)).as("recall of %s", family).isGreaterThanOrEqualTo(0.9);
		}
	}

	@Test
	void shouldMakeAtMostOneFalseFindingPerThousandWordsOfCleanReplies() {
		assertThat(this.score.falseFindingsPer1000Words()).as("false findings: %s", this.score.falseFindings())
			.isLessThanOrEqualTo(1.0);
	}

	@Test
	void shouldReportTheFlaggedTextWithItsOffsets() {
		AnnotatedReplies.Reply reply = this.dutch.stream()
			.filter((candidate) -> candidate.id().equals("uuw-02"))
			.findFirst()
			.orElseThrow();
		LanguageFindings findings = this.checker.check(reply.text(), List.of());
		AnnotatedReplies.Span error = reply.errors().get(0);
		assertThat(findings.issues()).anySatisfy((issue) -> {
			assertThat(issue.rule()).isEqualTo("SK_U_IN_PLAATS_VAN_UW");
			assertThat(issue.offset()).isEqualTo(error.from());
			assertThat(issue.length()).isEqualTo(error.to() - error.from());
			assertThat(issue.text()).isEqualTo("u");
			assertThat(issue.suggestions()).contains("uw");
		});
		assertThat(findings.answerLanguage()).isEqualTo("nl");
		assertThat(findings.otherLanguage()).isFalse();
	}

	@Test
	void shouldCheckAnEnglishAnswerAsEnglishNotAsBadDutch() {
		List<AnnotatedReplies.Reply> answers = this.english.stream()
			.filter((reply) -> reply.family().equals("ENGLISH"))
			.toList();
		assertThat(answers).hasSize(12);
		int dutchErrors = 0;
		for (AnnotatedReplies.Reply answer : answers) {
			LanguageFindings findings = this.checker.check(answer.text(), List.of());
			assertThat(findings.answerLanguage()).as(answer.id()).isEqualTo("en");
			assertThat(findings.otherLanguage()).isTrue();
			assertThat(findings.language()).isEqualTo("en-GB");
			assertThat(findings.judged()).isTrue();
			dutchErrors += findings.issues().size();
		}
		int words = answers.stream().mapToInt(AnnotatedReplies.Reply::words).sum();
		assertThat(1000.0 * dutchErrors / words).as("findings per 1,000 words of flawless English").isLessThan(5.0);
	}

	@Test
	void shouldTakeDutchWithAnEnglishPhraseForDutch() {
		List<AnnotatedReplies.Reply> mixed = this.english.stream()
			.filter((reply) -> reply.family().equals("MIXED_DUTCH"))
			.toList();
		assertThat(mixed).hasSize(6).allSatisfy((reply) -> {
			LanguageFindings findings = this.checker.check(reply.text(), List.of());
			assertThat(findings.answerLanguage()).as(reply.id()).isEqualTo("nl");
			assertThat(findings.otherLanguage()).isFalse();
			assertThat(findings.language()).isEqualTo("nl-NL");
		});
	}

	@Test
	void shouldCheckADutchAnswerInDutchAndLeaveItsEnglishDisclaimerOut() {
		String text = """
				Hoi Anna,

				Dank voor je mail. Wij hebben u bestelling ontvangen en sturen die morgen met PostNL naar je toe.

				This e-mail and any attachments are confidential and intended solely for the addressee. If you
				have received it in error, please notify the sender and delete it.""";
		LanguageFindings findings = this.checker.check(text, List.of());
		assertThat(findings.answerLanguage()).isEqualTo("nl");
		assertThat(findings.otherLanguage()).isFalse();
		assertThat(findings.language()).isEqualTo("nl-NL");
		assertThat(findings.issues()).extracting(LanguageIssue::rule).containsExactly("SK_U_IN_PLAATS_VAN_UW");
		assertThat(findings.coverage().skipped()).singleElement().satisfies((span) -> {
			assertThat(span.reason()).isEqualTo(LanguageFindings.SkipReason.OTHER_LANGUAGE);
			assertThat(text.substring(span.offset())).startsWith("This e-mail");
		});
	}

	@Test
	void shouldStillFlagMisspellingsThatOnlyLookLikeNamesOrCodes() {
		assertThat(this.checker.check("Beste Anna,\nBedankd voor uw bericht over de levering.", List.of()).issues())
			.extracting(LanguageIssue::text)
			.contains("Bedankd");
		assertThat(this.checker.check("Wij hebben uw Bestelingen vandaag verzonden.", List.of()).issues())
			.extracting(LanguageIssue::text)
			.contains("Bestelingen");
		assertThat(this.checker.check("Sinds 2023 kn u bij ons terecht voor advies.", List.of()).issues())
			.extracting(LanguageIssue::text)
			.contains("kn");
	}

	@Test
	void shouldNotJudgeAnAnswerInALanguageItCannotCheck() {
		LanguageFindings findings = this.checker.check("""
				Sehr geehrte Frau de Vries, vielen Dank für Ihre Nachricht. Ihre Bestellung wurde gestern
				verschickt und wird in zwei Werktagen zugestellt.""", List.of());
		assertThat(findings.answerLanguage()).isEqualTo("de");
		assertThat(findings.otherLanguage()).isTrue();
		assertThat(findings.outcome()).isEqualTo(LanguageFindings.Outcome.NOT_CHECKED);
		assertThat(findings.errors()).isNull();
		assertThat(findings.errorsPer100Words()).isNull();
	}

	@Test
	void shouldNeverCountAnAllowListedProductAsAnError() {
		String text = "Beste meneer Jansen, de Zwoeltronix 3000 van uw bestelling is onderweg. Wij verwachten dat de "
				+ "zwoeltronix morgen bij u wordt bezorgd.";
		LanguageFindings without = this.checker.check(text, List.of());
		LanguageFindings with = this.checker.check(text, List.of("Zwoeltronix"));
		assertThat(without.issues()).extracting(LanguageIssue::text).contains("zwoeltronix");
		assertThat(with.issues()).extracting(LanguageIssue::text).doesNotContain("zwoeltronix", "Zwoeltronix");
	}

}
