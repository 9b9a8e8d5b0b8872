package nl.schaduwklant.reports.batch;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class DistributionTests {

	@Test
	void shouldInterpolatePercentilesLikeExcelPercentileInc() {
		// Excel: PERCENTILE.INC({1,2,3,4,10}; 0,25) = 2; 0,75 = 4; 0,9 = 7,6; MEDIAN = 3
		Distribution distribution = Distribution.of(List.of(10.0, 1.0, 4.0, 2.0, 3.0));
		assertThat(distribution.count()).isEqualTo(5);
		assertThat(distribution.mean()).isCloseTo(4.0, within(1e-12));
		assertThat(distribution.median()).isCloseTo(3.0, within(1e-12));
		assertThat(distribution.p25()).isCloseTo(2.0, within(1e-12));
		assertThat(distribution.p75()).isCloseTo(4.0, within(1e-12));
		assertThat(distribution.p90()).isCloseTo(7.6, within(1e-12));
	}

	@Test
	void shouldTakeTheMiddleOfAnEvenNumberOfValuesAsMedian() {
		assertThat(Distribution.of(List.of(1.0, 2.0, 3.0, 4.0)).median()).isCloseTo(2.5, within(1e-12));
	}

	@Test
	void shouldDescribeOneValue() {
		Distribution single = Distribution.of(List.of(7.0));
		assertThat(List.of(single.mean(), single.median(), single.p25(), single.p75(), single.p90())).containsOnly(7.0);
	}

	@Test
	void shouldRefuseNoValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> Distribution.of(List.of()));
	}

}
