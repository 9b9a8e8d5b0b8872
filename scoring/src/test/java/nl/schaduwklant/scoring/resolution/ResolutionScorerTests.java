package nl.schaduwklant.scoring.resolution;

import java.util.List;

import nl.schaduwklant.scheduler.AnswerFact;
import nl.schaduwklant.scheduler.AnswerKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ResolutionScorerTests {

	private final ResolutionScorer scorer = new ResolutionScorer();

	private final AnswerKey key = new AnswerKey(
			List.of(new AnswerFact("termijn", List.of("dertig dagen", "30 dagen"), null),
					new AnswerFact("formulier", List.of("opzegformulier"), null),
					new AnswerFact("telefoon", List.of(), "\\b0\\d{2}[- ]?\\d{7}\\b")));

	@Test
	void shouldFindFactsByPhrasingOrPattern() {
		Resolution resolution = this.scorer.score("De opzegtermijn is 30 dagen. Bel 088-1234567.", this.key);
		assertThat(resolution.found()).containsExactly("termijn", "telefoon");
		assertThat(resolution.missing()).containsExactly("formulier");
		assertThat(resolution.score()).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(resolution.reaches(0.66)).isTrue();
		assertThat(resolution.reaches(1.0)).isFalse();
	}

	@Test
	void shouldIgnoreCaseDiacriticsAndWhiteSpace() {
		var key = new AnswerKey(List.of(new AnswerFact("geïnformeerd", List.of("U WORDT GEÏNFORMEERD"), null),
				new AnswerFact("café", List.of(), "caf[eé] de kroon")));
		Resolution resolution = this.scorer.score("u   wordt\u00a0geinformeerd in Cafe De Kroon", key);
		assertThat(resolution.score()).isEqualTo(1.0);
	}

	@Test
	void shouldMatchWholeWordsOnly() {
		var key = new AnswerKey(List.of(new AnswerFact("dag", List.of("30 dag"), null)));
		assertThat(this.scorer.score("binnen 30 dagen", key).found()).isEmpty();
		assertThat(this.scorer.score("binnen 130 dag", key).found()).isEmpty();
		assertThat(this.scorer.score("binnen 30 dag.", key).found()).containsExactly("dag");
	}

	@Test
	void shouldScoreAnEmptyAnswerZeroAndAKeyWithoutFactsOne() {
		assertThat(this.scorer.score("", this.key).score()).isZero();
		assertThat(this.scorer.score(null, this.key).score()).isZero();
		assertThat(this.scorer.score("iets", new AnswerKey(List.of())).score()).isEqualTo(1.0);
	}

}
