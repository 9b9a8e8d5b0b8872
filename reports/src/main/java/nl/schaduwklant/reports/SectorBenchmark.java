package nl.schaduwklant.reports;

import java.util.List;
import java.util.Optional;

import nl.schaduwklant.scheduler.Channel;

/**
 * The sector benchmark of a campaign, as computed by one run.
 *
 * @param run the run
 * @param minimumOrganisations below this many organisations a figure is suppressed
 * @param figures the sector figures
 * @param ranks every organisation's rank per metric
 */
public record SectorBenchmark(BenchmarkRun run, int minimumOrganisations, List<SectorFigure> figures,
		List<OrganisationRank> ranks) {

	public SectorBenchmark {
		figures = List.copyOf(figures);
		ranks = List.copyOf(ranks);
	}

	/**
	 * @param sector a sector
	 * @param channel a channel
	 * @param metric a metric
	 * @return the figure of that metric for that sector and channel, if there is one
	 */
	public Optional<SectorFigure> figure(String sector, Channel channel, BenchmarkMetric metric) {
		return this.figures.stream()
			.filter((figure) -> figure.sector().equals(sector) && figure.channel() == channel
					&& figure.metric() == metric)
			.findFirst();
	}

}
