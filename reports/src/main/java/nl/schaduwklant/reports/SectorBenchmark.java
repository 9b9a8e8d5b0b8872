package nl.schaduwklant.reports;

import java.util.List;

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

}
