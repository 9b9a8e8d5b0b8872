package nl.schaduwklant.scoring.norms;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The share clause against hand-computed expectations, and the Wilson interval against
 * the values Newcombe (1998, table I, method 3) publishes.
 */
class ShareClauseTests {

	/** NEN 8878: 85 % of calls answered within 15 s; judged from 20 calls. */
	private final ShareClause clause = new ShareClause("nen-8878.answered-within-15s", 0.85, 20);

	@Test
	void shouldGiveTheWilsonIntervalsNewcombePublishes() {
		assertInterval(WilsonInterval.of(81, 263), 0.2553, 0.3662);
		assertInterval(WilsonInterval.of(15, 148), 0.0624, 0.1605);
		assertInterval(WilsonInterval.of(0, 20), 0.0000, 0.1611);
		assertInterval(WilsonInterval.of(1, 29), 0.0061, 0.1718);
		assertThatThrownBy(() -> WilsonInterval.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldBeCompliantAtExactlyTheRequiredShareButOnlyIndicatively() {
		Verdict verdict = this.clause.judge(probes(17, 3));
		assertThat(verdict).isInstanceOfSatisfying(Verdict.Compliant.class, (compliant) -> {
			assertThat(compliant.figures().considered()).isEqualTo(20);
			assertThat(compliant.figures().passed()).isEqualTo(17);
			assertThat(compliant.figures().share()).isEqualTo(0.85);
			assertInterval(compliant.figures().interval(), 0.6396, 0.9476);
			assertThat(compliant.figures().decisive()).as("the interval straddles 85 %").isFalse();
			assertThat(compliant.figures().probesForDecisive()).as("at exactly 85 % no number of probes decides")
				.isNull();
			assertThat(compliant.counted()).hasSize(20);
		});
	}

	@Test
	void shouldBeInBreachOneProbeShortOfTheRequiredShare() {
		Verdict verdict = this.clause.judge(probes(16, 4));
		assertThat(verdict).isInstanceOfSatisfying(Verdict.Breach.class, (breach) -> {
			assertThat(breach.figures().share()).isEqualTo(0.80);
			assertThat(breach.failed()).hasSize(4);
			assertThat(breach.figures().decisive()).isFalse();
			// at 80 %, the upper bound falls below 85 % from 196 probes on
			assertThat(breach.figures().probesForDecisive()).isEqualTo(196);
		});
	}

	@Test
	void shouldSayHowManyProbesWouldMakeAnIndicativeComplianceDecisive() {
		Verdict verdict = this.clause.judge(probes(18, 2));
		assertThat(verdict).isInstanceOfSatisfying(Verdict.Compliant.class, (compliant) -> {
			assertThat(compliant.figures().decisive()).isFalse();
			// at 90 %, the lower bound reaches 85 % from 196 probes on
			assertThat(compliant.figures().probesForDecisive()).isEqualTo(196);
		});
	}

	@Test
	void shouldBeDecisiveWhenTheIntervalLiesWhollyOnOneSide() {
		assertThat(this.clause.judge(probes(98, 2))).isInstanceOfSatisfying(Verdict.Compliant.class, (compliant) -> {
			assertInterval(compliant.figures().interval(), 0.9300, 0.9945);
			assertThat(compliant.figures().decisive()).isTrue();
			assertThat(compliant.figures().probesForDecisive()).isNull();
		});
		assertThat(this.clause.judge(probes(10, 30))).isInstanceOfSatisfying(Verdict.Breach.class, (breach) -> {
			assertInterval(breach.figures().interval(), 0.1419, 0.4019);
			assertThat(breach.figures().decisive()).isTrue();
		});
	}

	@Test
	void shouldNotJudgeBelowTheMinimumSampleNorCountOurOwnFailures() {
		List<ProbeJudgement> probes = new ArrayList<>(probes(19, 0));
		probes.add(new ProbeJudgement(UUID.randomUUID(), ProbeJudgement.Counts.NOT_COUNTED, "FAILED: our side"));
		assertThat(this.clause.judge(probes)).isInstanceOfSatisfying(Verdict.NotJudged.class, (notJudged) -> {
			assertThat(notJudged.reason()).isEqualTo(Verdict.Reason.TOO_FEW_PROBES);
			assertThat(notJudged.considered()).as("one probe short").isEqualTo(19);
			assertThat(notJudged.minimumSample()).isEqualTo(20);
		});
	}

	@Test
	void shouldNotJudgeWhileAProbeAwaitsReview() {
		List<ProbeJudgement> probes = new ArrayList<>(probes(30, 0));
		UUID doubtful = UUID.randomUUID();
		probes.add(new ProbeJudgement(doubtful, ProbeJudgement.Counts.AWAITS_REVIEW, "doubtful live agent"));
		assertThat(this.clause.judge(probes)).isInstanceOfSatisfying(Verdict.NotJudged.class, (notJudged) -> {
			assertThat(notJudged.reason()).isEqualTo(Verdict.Reason.AWAITS_REVIEW);
			assertThat(notJudged.awaiting()).containsExactly(doubtful);
		});
	}

	@Test
	void shouldRefuseARequirementOutsideZeroToOne() {
		assertThatThrownBy(() -> new ShareClause("x", 85, 20)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("between 0 and 1");
		assertThatThrownBy(() -> new ShareClause("x", 0.85, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	private static List<ProbeJudgement> probes(int passed, int failed) {
		List<ProbeJudgement> probes = new ArrayList<>();
		for (int i = 0; i < passed; i++) {
			probes.add(new ProbeJudgement(UUID.randomUUID(), ProbeJudgement.Counts.PASSED, "within"));
		}
		for (int i = 0; i < failed; i++) {
			probes.add(new ProbeJudgement(UUID.randomUUID(), ProbeJudgement.Counts.FAILED, "after"));
		}
		return probes;
	}

	private static void assertInterval(WilsonInterval interval, double lower, double upper) {
		assertThat(interval.lower()).isCloseTo(lower, within(0.00005));
		assertThat(interval.upper()).isCloseTo(upper, within(0.00005));
	}

}
