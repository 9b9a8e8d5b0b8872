package nl.schaduwklant.reports;

import java.util.UUID;

import nl.schaduwklant.scheduler.Channel;

/**
 * An organisation's place in its sector on one metric. Rank 1 is best; ties share a rank.
 * The percentile is the share of the other organisations it does better than. Rank and
 * percentile are absent when the sector figure is suppressed.
 *
 * @param sector the sector
 * @param channel the channel
 * @param metric the metric
 * @param organisationId the organisation
 * @param organisationName its name
 * @param probes how many of its probes contribute
 * @param value its value (mean over its probes; for the response rate, the share
 * answered)
 * @param rank its rank, 1 is best
 * @param percentile the percentage of the other organisations it does better than
 * @param of how many organisations were ranked
 */
public record OrganisationRank(String sector, Channel channel, BenchmarkMetric metric, UUID organisationId,
		String organisationName, int probes, double value, Integer rank, Double percentile, int of) {
}
