package nl.schaduwklant.reports.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import nl.schaduwklant.reports.BenchmarkMetric;
import nl.schaduwklant.reports.OrganisationRank;
import nl.schaduwklant.reports.SectorFigure;
import nl.schaduwklant.reports.projection.ReportFact;
import nl.schaduwklant.scheduler.Channel;

/**
 * Computes the benchmark of one sector on one channel from its facts. Each organisation
 * weighs equally: its value of a metric is the mean over its probes that have one (for
 * the response rate, the share of its probes answered), and the sector's statistics are
 * taken over those organisation values. A figure with fewer than the minimum number of
 * organisations is suppressed: its statistics, its response rate and its ranks.
 */
class GroupBenchmarkCalculator {

	private final int minimumOrganisations;

	GroupBenchmarkCalculator(int minimumOrganisations) {
		this.minimumOrganisations = minimumOrganisations;
	}

	GroupBenchmark calculate(String sector, Channel channel, List<ReportFact> facts) {
		Map<UUID, List<ReportFact>> byOrganisation = new LinkedHashMap<>();
		facts.stream()
			.sorted(Comparator.comparing(ReportFact::probeId))
			.forEach((fact) -> byOrganisation.computeIfAbsent(fact.organisationId(), (id) -> new ArrayList<>())
				.add(fact));
		long answered = facts.stream().filter(ReportFact::answered).count();
		Double responseRate = facts.isEmpty() ? null : (double) answered / facts.size();
		List<SectorFigure> figures = new ArrayList<>();
		List<OrganisationRank> ranks = new ArrayList<>();
		for (BenchmarkMetric metric : BenchmarkMetric.of(channel)) {
			List<OrganisationValue> values = organisationValues(byOrganisation, metric);
			boolean suppressed = values.size() < this.minimumOrganisations;
			int probes = values.stream().mapToInt(OrganisationValue::probes).sum();
			if (values.isEmpty() || suppressed) {
				figures.add(new SectorFigure(sector, channel, metric, values.size(), probes,
						suppressed ? null : responseRate, null, null, null, null, null, suppressed));
			}
			else {
				Distribution distribution = Distribution.of(values.stream().map(OrganisationValue::value).toList());
				figures.add(new SectorFigure(sector, channel, metric, values.size(), probes, responseRate,
						distribution.mean(), distribution.median(), distribution.p25(), distribution.p75(),
						distribution.p90(), false));
			}
			ranks.addAll(ranks(sector, channel, metric, values, suppressed));
		}
		return new GroupBenchmark(sector, channel, figures, ranks);
	}

	private static List<OrganisationValue> organisationValues(Map<UUID, List<ReportFact>> byOrganisation,
			BenchmarkMetric metric) {
		List<OrganisationValue> values = new ArrayList<>();
		byOrganisation.forEach((organisationId, facts) -> {
			List<Double> probeValues = facts.stream()
				.map((fact) -> fact.valueOf(metric))
				.filter(Objects::nonNull)
				.toList();
			if (!probeValues.isEmpty()) {
				double sum = 0;
				for (double value : probeValues) {
					sum += value;
				}
				values.add(new OrganisationValue(organisationId, facts.get(0).organisationName(), probeValues.size(),
						sum / probeValues.size()));
			}
		});
		return values;
	}

	private static List<OrganisationRank> ranks(String sector, Channel channel, BenchmarkMetric metric,
			List<OrganisationValue> values, boolean suppressed) {
		Map<UUID, Ranking.Place> places = new LinkedHashMap<>();
		if (!suppressed) {
			Ranking
				.rank(values.stream().map((value) -> new Ranking.Entry(value.organisationId(), value.value())).toList(),
						metric.higherIsBetter())
				.forEach((place) -> places.put(place.organisationId(), place));
		}
		return values.stream().map((value) -> {
			Ranking.Place place = places.get(value.organisationId());
			return new OrganisationRank(sector, channel, metric, value.organisationId(), value.organisationName(),
					value.probes(), value.value(), (place != null) ? place.rank() : null,
					(place != null) ? place.percentile() : null, values.size());
		}).toList();
	}

	private record OrganisationValue(UUID organisationId, String organisationName, int probes, double value) {
	}

}
