package nl.schaduwklant.scoring.scan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The Service Excellence Scan scored as the method does: points over the maximum of the
 * applicable items, the bands at their edges, the spread between respondents.
 */
class ScanScoringTests {

	@Test
	void shouldScorePointsOverTheMaximumOfTheApplicableItems() {
		// nine elements: 3 systematic, 3 a start, 2 no, 1 not applicable → 12 of 24;
		// four result areas: top, average, below average, not applicable → 6 of 15
		Map<ScanItem, ScanAnswer> answers = answers(
				List.of(ScanAnswer.SYSTEMATIC, ScanAnswer.SYSTEMATIC, ScanAnswer.SYSTEMATIC, ScanAnswer.START,
						ScanAnswer.START, ScanAnswer.START, ScanAnswer.NO, ScanAnswer.NO, ScanAnswer.NOT_APPLICABLE),
				List.of(ScanAnswer.TOP, ScanAnswer.AVERAGE, ScanAnswer.BELOW_AVERAGE, ScanAnswer.NOT_APPLICABLE));
		ScanScore score = ScanScore.of(answers);
		assertThat(score.points()).isEqualTo(18);
		assertThat(score.maximum()).isEqualTo(8 * 3 + 3 * 5);
		assertThat(score.applicable()).isEqualTo(11);
		assertThat(score.share()).isCloseTo(18.0 / 39, within(1e-12));
		assertThat(score.band()).as("46 %").isEqualTo(ScanBand.APPLAUSE);
	}

	@Test
	void shouldPutAScoreOnABandsEdgeWhereTheMethodPutsIt() {
		assertThat(ScanBand.of(0, 10)).isEqualTo(ScanBand.BEGINNING);
		assertThat(ScanBand.of(19, 100)).isEqualTo(ScanBand.BEGINNING);
		assertThat(ScanBand.of(20, 100)).isEqualTo(ScanBand.STARTING_TO_WORK);
		assertThat(ScanBand.of(29, 100)).isEqualTo(ScanBand.STARTING_TO_WORK);
		assertThat(ScanBand.of(3, 10)).isEqualTo(ScanBand.WELL_ON_THE_WAY);
		assertThat(ScanBand.of(4, 10)).isEqualTo(ScanBand.APPLAUSE);
		assertThat(ScanBand.of(1, 2)).as("50 % is still applause").isEqualTo(ScanBand.APPLAUSE);
		assertThat(ScanBand.of(51, 100)).isEqualTo(ScanBand.ROAD_TO_EXCELLENCE);
		assertThat(ScanBand.of(39, 39)).isEqualTo(ScanBand.ROAD_TO_EXCELLENCE);
		// 7 of 35 is exactly 20 %
		assertThat(ScanBand.of(7, 35)).isEqualTo(ScanBand.STARTING_TO_WORK);
	}

	@Test
	void shouldGiveNoScoreWhenNothingApplies() {
		ScanScore score = ScanScore.of(answers(java.util.Collections.nCopies(9, ScanAnswer.NOT_APPLICABLE),
				java.util.Collections.nCopies(4, ScanAnswer.NOT_APPLICABLE)));
		assertThat(score.share()).isNull();
		assertThat(score.band()).isNull();
	}

	@Test
	void shouldRefuseAMissingAnswerOrAnotherKindsLevel() {
		Map<ScanItem, ScanAnswer> answers = answers(java.util.Collections.nCopies(9, ScanAnswer.START),
				java.util.Collections.nCopies(4, ScanAnswer.AVERAGE));
		answers.put(ScanItem.LEADERSHIP, ScanAnswer.TOP);
		assertThatThrownBy(() -> ScanScore.of(answers)).hasMessageContaining("LEADERSHIP is answered with TOP");
		answers.remove(ScanItem.LEADERSHIP);
		assertThatThrownBy(() -> ScanScore.of(answers)).hasMessage("LEADERSHIP is not answered");
	}

	@Test
	void shouldPoolRespondentsAndFlagTheItemsToDiscuss() {
		Map<ScanItem, ScanAnswer> optimist = answers(java.util.Collections.nCopies(9, ScanAnswer.SYSTEMATIC),
				java.util.Collections.nCopies(4, ScanAnswer.TOP));
		Map<ScanItem, ScanAnswer> sceptic = answers(java.util.Collections.nCopies(9, ScanAnswer.SYSTEMATIC),
				java.util.Collections.nCopies(4, ScanAnswer.TOP));
		sceptic.put(ScanItem.CULTURE, ScanAnswer.NO);
		sceptic.put(ScanItem.MONITORING, ScanAnswer.NOT_APPLICABLE);
		ScanResult result = ScanResult.of(List.of(optimist, sceptic));
		assertThat(result.score().points()).isEqualTo(47 + 41);
		assertThat(result.score().maximum()).isEqualTo(47 + 44);
		ScanResult.ItemFigures culture = figures(result, ScanItem.CULTURE);
		assertThat(culture.mean()).isEqualTo(1.5);
		assertThat(culture.standardDeviation()).isEqualTo(1.5);
		assertThat(culture.discuss()).as("3 against 0").isTrue();
		assertThat(culture.strength()).isFalse();
		ScanResult.ItemFigures monitoring = figures(result, ScanItem.MONITORING);
		assertThat(monitoring.answered()).as("not applicable for one").isEqualTo(1);
		assertThat(monitoring.discuss()).isFalse();
		assertThat(figures(result, ScanItem.LEADERSHIP).strength()).isTrue();
		assertThat(figures(result, ScanItem.LEADERSHIP).standardDeviation()).isZero();
	}

	private static ScanResult.ItemFigures figures(ScanResult result, ScanItem item) {
		return result.items().stream().filter((figures) -> figures.item() == item).findFirst().orElseThrow();
	}

	private static Map<ScanItem, ScanAnswer> answers(List<ScanAnswer> elements, List<ScanAnswer> results) {
		Map<ScanItem, ScanAnswer> answers = new EnumMap<>(ScanItem.class);
		int e = 0;
		int r = 0;
		for (ScanItem item : ScanItem.values()) {
			answers.put(item, (item.kind() == ScanItem.Kind.ELEMENT) ? elements.get(e++) : results.get(r++));
		}
		return answers;
	}

}
