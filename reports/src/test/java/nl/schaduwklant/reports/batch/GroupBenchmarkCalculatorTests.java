package nl.schaduwklant.reports.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.schaduwklant.reports.BenchmarkMetric;
import nl.schaduwklant.reports.OrganisationRank;
import nl.schaduwklant.reports.SectorFigure;
import nl.schaduwklant.reports.projection.ReportFact;
import nl.schaduwklant.scheduler.Channel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GroupBenchmarkCalculatorTests {

	private final GroupBenchmarkCalculator calculator = new GroupBenchmarkCalculator(5);

	@Test
	void shouldWeighOrganisationsEquallyAndCountNonAnswersInTheResponseRate() {
		List<ReportFact> facts = new ArrayList<>();
		// organisation 1 answers twice (10 s, 30 s), organisations 2-5 once each,
		// organisation 6 never
		facts.add(answered(1, 1, 10));
		facts.add(answered(2, 1, 30));
		for (int organisation = 2; organisation <= 5; organisation++) {
			facts.add(answered(10 + organisation, organisation, 10 * organisation));
		}
		facts.add(unanswered(20, 6));
		GroupBenchmark group = this.calculator.calculate("Handel", Channel.EMAIL, facts);

		SectorFigure rate = figure(group, BenchmarkMetric.RESPONSE_RATE);
		assertThat(rate.suppressed()).isFalse();
		assertThat(rate.organisations()).isEqualTo(6);
		assertThat(rate.probes()).isEqualTo(7);
		assertThat(rate.responseRate()).isCloseTo(6.0 / 7, within(1e-12));
		assertThat(rate.median()).isCloseTo(1.0, within(1e-12));

		SectorFigure time = figure(group, BenchmarkMetric.TIME_TO_FIRST_HUMAN_REPLY);
		assertThat(time.organisations()).isEqualTo(5);
		assertThat(time.probes()).isEqualTo(6);
		// organisation values 20 (mean of 10 and 30), 20, 30, 40, 50
		assertThat(time.mean()).isCloseTo(32.0, within(1e-12));
		assertThat(time.median()).isCloseTo(30.0, within(1e-12));

		List<OrganisationRank> ranks = group.ranks()
			.stream()
			.filter((rank) -> rank.metric() == BenchmarkMetric.TIME_TO_FIRST_HUMAN_REPLY)
			.toList();
		assertThat(ranks).extracting(OrganisationRank::rank).containsExactlyInAnyOrder(1, 1, 3, 4, 5);
		assertThat(ranks).allSatisfy((rank) -> assertThat(rank.of()).isEqualTo(5));
	}

	@Test
	void shouldSuppressFiguresWithFewerThanTheMinimumOfOrganisations() {
		List<ReportFact> facts = List.of(answered(1, 1, 10), answered(2, 2, 20), answered(3, 3, 30),
				answered(4, 4, 40));
		GroupBenchmark group = this.calculator.calculate("Lokale overheid", Channel.EMAIL, facts);
		assertThat(group.figures()).hasSize(BenchmarkMetric.of(Channel.EMAIL).size()).allSatisfy((figure) -> {
			assertThat(figure.suppressed()).isTrue();
			assertThat(figure.mean()).isNull();
			assertThat(figure.median()).isNull();
			assertThat(figure.responseRate()).isNull();
		});
		assertThat(group.ranks()).isNotEmpty().allSatisfy((rank) -> {
			assertThat(rank.rank()).isNull();
			assertThat(rank.percentile()).isNull();
		});
	}

	@Test
	void shouldMeasureChatAvailabilityAndBotOnlyChatsOnlyForChats() {
		List<ReportFact> facts = new ArrayList<>();
		for (int organisation = 1; organisation <= 5; organisation++) {
			boolean available = organisation != 5;
			boolean botOnly = organisation == 4;
			boolean human = available && !botOnly;
			facts.add(new ReportFact(new UUID(1, organisation), new UUID(2, organisation),
					"Organisatie " + organisation, human, human ? 30.0 : null, human ? 30.0 : null, null,
					human ? 0.0 : null, human ? 1.0 : null, available, available ? botOnly : null));
		}
		GroupBenchmark chat = this.calculator.calculate("Handel", Channel.CHAT, facts);
		assertThat(chat.figures()).extracting(SectorFigure::metric)
			.contains(BenchmarkMetric.AVAILABILITY, BenchmarkMetric.BOT_ONLY_SHARE)
			.doesNotContain(BenchmarkMetric.TIME_TO_AUTO_ACKNOWLEDGEMENT);
		assertThat(figure(chat, BenchmarkMetric.AVAILABILITY).mean()).isCloseTo(0.8, within(1e-12));
		assertThat(figure(chat, BenchmarkMetric.AVAILABILITY).organisations()).isEqualTo(5);
		assertThat(figure(chat, BenchmarkMetric.BOT_ONLY_SHARE).organisations()).isEqualTo(4);
		assertThat(figure(chat, BenchmarkMetric.RESPONSE_RATE).responseRate()).isCloseTo(0.6, within(1e-12));

		GroupBenchmark email = this.calculator.calculate("Handel", Channel.EMAIL, facts);
		assertThat(email.figures()).extracting(SectorFigure::metric)
			.doesNotContain(BenchmarkMetric.AVAILABILITY, BenchmarkMetric.BOT_ONLY_SHARE);
	}

	@Test
	void shouldGiveTheSameNumbersWhateverTheOrderOfTheFacts() {
		List<ReportFact> facts = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			facts.add(answered(i, 1 + i % 6, 0.1 * i + 1.0 / 3));
		}
		GroupBenchmark forward = this.calculator.calculate("Handel", Channel.EMAIL, facts);
		java.util.Collections.reverse(facts);
		GroupBenchmark backward = this.calculator.calculate("Handel", Channel.EMAIL, facts);
		assertThat(backward.figures()).isEqualTo(forward.figures());
		assertThat(backward.ranks()).containsExactlyInAnyOrderElementsOf(forward.ranks());
	}

	private static SectorFigure figure(GroupBenchmark group, BenchmarkMetric metric) {
		return group.figures().stream().filter((figure) -> figure.metric() == metric).findFirst().orElseThrow();
	}

	private static ReportFact answered(int probe, int organisation, double seconds) {
		return new ReportFact(new UUID(1, probe), new UUID(2, organisation), "Organisatie " + organisation, true,
				seconds, seconds, null, 1.5, 1.0, null, null);
	}

	private static ReportFact unanswered(int probe, int organisation) {
		return new ReportFact(new UUID(1, probe), new UUID(2, organisation), "Organisatie " + organisation, false, null,
				null, null, null, null, null, null);
	}

}
