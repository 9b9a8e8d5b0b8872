package nl.schaduwklant.reports;

import java.util.Locale;
import java.util.UUID;

/**
 * Runs and serves sector benchmarks.
 */
public interface ReportLauncher {

	/**
	 * Runs the sector benchmark job for a campaign over the probes measured so far. Each
	 * run is a new job instance (campaign and run number identify it); a run over the
	 * same facts gives the same numbers.
	 * @param campaignId the campaign
	 * @return the completed run
	 * @throws BenchmarkFailed when the job did not complete
	 */
	BenchmarkRun runBenchmark(UUID campaignId);

	/**
	 * @param campaignId the campaign
	 * @return the latest completed benchmark
	 * @throws BenchmarkNotFound when none has completed
	 */
	SectorBenchmark latestBenchmark(UUID campaignId);

	/**
	 * @param campaignId the campaign
	 * @param run the run
	 * @return that run's benchmark
	 * @throws BenchmarkNotFound when there is no such completed run
	 */
	SectorBenchmark benchmark(UUID campaignId, long run);

	/**
	 * The latest benchmark's sector figures as CSV for Excel with Dutch (or English)
	 * settings.
	 * @param campaignId the campaign
	 * @param locale the language of headers and labels
	 * @return the CSV file's bytes
	 */
	byte[] sectorFiguresCsv(UUID campaignId, Locale locale);

	/**
	 * The latest benchmark's organisation ranks as CSV.
	 * @param campaignId the campaign
	 * @param locale the language of headers and labels
	 * @return the CSV file's bytes
	 */
	byte[] organisationRanksCsv(UUID campaignId, Locale locale);

}
