package nl.schaduwklant.reports.batch;

import java.util.Locale;
import java.util.UUID;

import nl.schaduwklant.reports.BenchmarkFailed;
import nl.schaduwklant.reports.BenchmarkNotFound;
import nl.schaduwklant.reports.BenchmarkRun;
import nl.schaduwklant.reports.ReportLauncher;
import nl.schaduwklant.reports.ReportsProperties;
import nl.schaduwklant.reports.SectorBenchmark;
import nl.schaduwklant.reports.render.BenchmarkCsv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Service;

@Service
class BatchReportLauncher implements ReportLauncher {

	private static final Logger log = LoggerFactory.getLogger(BatchReportLauncher.class);

	private final JobOperator jobs;

	private final Job sectorBenchmarkJob;

	private final BenchmarkStore store;

	private final BenchmarkCsv csv;

	private final ReportsProperties properties;

	BatchReportLauncher(JobOperator jobs, Job sectorBenchmarkJob, BenchmarkStore store, BenchmarkCsv csv,
			ReportsProperties properties) {
		this.jobs = jobs;
		this.sectorBenchmarkJob = sectorBenchmarkJob;
		this.store = store;
		this.csv = csv;
		this.properties = properties;
	}

	@Override
	public BenchmarkRun runBenchmark(UUID campaignId) {
		long run = this.store.nextRun(campaignId);
		var parameters = new JobParametersBuilder()
			.addString(SectorBenchmarkJobConfiguration.CAMPAIGN, campaignId.toString(), true)
			.addLong(SectorBenchmarkJobConfiguration.RUN, run, true)
			.toJobParameters();
		JobExecution execution;
		try {
			execution = this.jobs.start(this.sectorBenchmarkJob, parameters);
		}
		catch (Exception ex) {
			throw new BenchmarkFailed(campaignId, ex.getClass().getSimpleName() + ": " + ex.getMessage(), ex);
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			String reason = execution.getStatus() + " " + execution.getAllFailureExceptions();
			log.warn("Sector benchmark run {} of campaign {} did not complete: {}", run, campaignId, reason);
			throw new BenchmarkFailed(campaignId, reason, null);
		}
		return this.store.run(campaignId, run).orElseThrow(() -> new BenchmarkNotFound(campaignId));
	}

	@Override
	public SectorBenchmark latestBenchmark(UUID campaignId) {
		BenchmarkRun run = this.store.latestCompleted(campaignId).orElseThrow(() -> new BenchmarkNotFound(campaignId));
		return load(run);
	}

	@Override
	public SectorBenchmark benchmark(UUID campaignId, long run) {
		return load(this.store.run(campaignId, run)
			.filter((found) -> "COMPLETED".equals(found.status()))
			.orElseThrow(() -> new BenchmarkNotFound(campaignId)));
	}

	private SectorBenchmark load(BenchmarkRun run) {
		return new SectorBenchmark(run, this.properties.minimumOrganisations(),
				this.store.figures(run.campaignId(), run.run()), this.store.ranks(run.campaignId(), run.run()));
	}

	@Override
	public byte[] sectorFiguresCsv(UUID campaignId, Locale locale) {
		return this.csv.sectorFigures(latestBenchmark(campaignId), locale);
	}

	@Override
	public byte[] organisationRanksCsv(UUID campaignId, Locale locale) {
		return this.csv.organisationRanks(latestBenchmark(campaignId), locale);
	}

}
