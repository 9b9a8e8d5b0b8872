package nl.schaduwklant.reports;

import nl.schaduwklant.scheduler.Channel;

/**
 * One figure of a sector benchmark: a metric over the organisations of a sector on a
 * channel. When fewer than the minimum number of organisations contribute, the figure is
 * suppressed: its statistics are absent and {@code suppressed} says why.
 *
 * @param sector the sector
 * @param channel the channel
 * @param metric the metric
 * @param organisations how many organisations contribute a value
 * @param probes how many probes contribute a value
 * @param responseRate the share of the sector's probes on this channel that a human
 * answered
 * @param mean the mean of the organisations' values
 * @param median their median
 * @param p25 their 25th percentile
 * @param p75 their 75th percentile
 * @param p90 their 90th percentile
 * @param suppressed whether the figure is suppressed
 */
public record SectorFigure(String sector, Channel channel, BenchmarkMetric metric, int organisations, int probes,
		Double responseRate, Double mean, Double median, Double p25, Double p75, Double p90, boolean suppressed) {
}
