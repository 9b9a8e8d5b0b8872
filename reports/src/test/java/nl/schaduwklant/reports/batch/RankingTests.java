package nl.schaduwklant.reports.batch;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTests {

	private final UUID a = new UUID(0, 1);

	private final UUID b = new UUID(0, 2);

	private final UUID c = new UUID(0, 3);

	private final UUID d = new UUID(0, 4);

	@Test
	void shouldRankLowerIsBetterWithSharedRanksForTies() {
		Map<UUID, Ranking.Place> places = rank(false, 10.0, 20.0, 20.0, 40.0);
		assertThat(places.get(this.a).rank()).isEqualTo(1);
		assertThat(places.get(this.b).rank()).isEqualTo(2);
		assertThat(places.get(this.c).rank()).isEqualTo(2);
		assertThat(places.get(this.d).rank()).isEqualTo(4);
		assertThat(places.get(this.a).percentile()).isEqualTo(100.0);
		assertThat(places.get(this.b).percentile()).isCloseTo(100.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(places.get(this.d).percentile()).isZero();
	}

	@Test
	void shouldRankHigherIsBetter() {
		Map<UUID, Ranking.Place> places = rank(true, 0.5, 1.0, 0.0, 0.75);
		assertThat(places.get(this.b).rank()).isEqualTo(1);
		assertThat(places.get(this.d).rank()).isEqualTo(2);
		assertThat(places.get(this.a).rank()).isEqualTo(3);
		assertThat(places.get(this.c).rank()).isEqualTo(4);
	}

	@Test
	void shouldGiveALoneOrganisationTheTop() {
		List<Ranking.Place> places = Ranking.rank(List.of(new Ranking.Entry(this.a, 3.0)), false);
		assertThat(places).singleElement().satisfies((place) -> {
			assertThat(place.rank()).isEqualTo(1);
			assertThat(place.percentile()).isEqualTo(100.0);
		});
	}

	private Map<UUID, Ranking.Place> rank(boolean higherIsBetter, double va, double vb, double vc, double vd) {
		return Ranking
			.rank(List.of(new Ranking.Entry(this.a, va), new Ranking.Entry(this.b, vb), new Ranking.Entry(this.c, vc),
					new Ranking.Entry(this.d, vd)), higherIsBetter)
			.stream()
			.collect(Collectors.toMap(Ranking.Place::organisationId, Function.identity()));
	}

}
