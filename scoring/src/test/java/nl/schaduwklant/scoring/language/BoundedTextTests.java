package nl.schaduwklant.scoring.language;

import nl.schaduwklant.scoring.LanguageFindings.SkipReason;
import nl.schaduwklant.scoring.LanguageFindings.SkippedSpan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What LanguageTool is given of a text, without LanguageTool.
 */
class BoundedTextTests {

	private static final BoundedText.Limits LIMITS = new BoundedText.Limits(1_000, 20, 60);

	@Test
	void shouldGiveAnOrdinaryTextUnchanged() {
		String text = "Beste klant,\n\nDank voor uw vraag. Wij antwoorden snel!";
		BoundedText.Bounded bounded = BoundedText.of(text, LIMITS);
		assertThat(bounded.checkedText()).isEqualTo(text);
		assertThat(bounded.coverage().skipped()).isEmpty();
		assertThat(bounded.coverage().checkedCharacters()).isEqualTo(text.length());
	}

	@Test
	void shouldSkipLongTokensAsOneSpanAndKeepThePositionsOfWhatFollows() {
		String blob = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldY";
		String text = "Zie bijlage " + blob + " " + blob + "\n" + blob + " hierboven.";
		BoundedText.Bounded bounded = BoundedText.of(text, LIMITS);
		assertThat(bounded.checkedText()).isEqualTo("Zie bijlage hierboven.");
		assertThat(bounded.coverage().skipped())
			.containsExactly(new SkippedSpan(12, 3 * blob.length() + 2, SkipReason.LONG_TOKEN));
		int plain = bounded.checkedText().indexOf("hierboven");
		assertThat(bounded.annotated().getOriginalTextPositionFor(plain, false)).isEqualTo(text.indexOf("hierboven"));
		assertThat(bounded.coverage().checkedCharacters()).isEqualTo("Zie bijlage".length() + " hierboven.".length());
	}

	@Test
	void shouldCutTheTextAtTheCharacterLimitBetweenTokens() {
		String text = "een twee drie vier vijf zes zeven acht";
		BoundedText.Bounded bounded = BoundedText.of(text, new BoundedText.Limits(16, 20, 60));
		assertThat(bounded.checkedText()).isEqualTo("een twee drie");
		assertThat(bounded.coverage().skipped())
			.containsExactly(new SkippedSpan(13, text.length() - 13, SkipReason.BEYOND_LIMIT));
		assertThat(bounded.coverage().truncated()).isTrue();
	}

	@Test
	void shouldBreakAStretchWithoutSentenceEndsIntoParagraphs() {
		String text = "woord ".repeat(100).strip();
		BoundedText.Bounded bounded = BoundedText.of(text, LIMITS);
		assertThat(bounded.checkedText().split("\n\n")).hasSizeGreaterThan(9)
			.allSatisfy((stretch) -> assertThat(stretch.length()).isLessThanOrEqualTo(60));
		assertThat(bounded.checkedText().replace("\n\n", " ")).isEqualTo(text);
		assertThat(bounded.coverage().skipped()).isEmpty();
	}

	@Test
	void shouldNotBreakSentencesThatEndInTime() {
		String text = "Dit is een zin van redelijke lengte. Dit is er nog een van die lengte! ".repeat(3).strip();
		assertThat(BoundedText.of(text, LIMITS).checkedText()).isEqualTo(text);
	}

	@Test
	void shouldCutTheTextOnceTooManySpansAreSkipped() {
		String text = ("kort " + "x".repeat(30) + " ").repeat(BoundedText.MAX_SKIPPED_SPANS + 5);
		BoundedText.Bounded bounded = BoundedText.of(text, new BoundedText.Limits(100_000, 20, 60));
		assertThat(bounded.coverage().skipped()).hasSize(BoundedText.MAX_SKIPPED_SPANS + 1)
			.last()
			.extracting(SkippedSpan::reason)
			.isEqualTo(SkipReason.BEYOND_LIMIT);
	}

}
