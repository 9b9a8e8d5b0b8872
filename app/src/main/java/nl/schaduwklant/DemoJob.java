package nl.schaduwklant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeoutException;

import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.reports.BenchmarkRun;
import nl.schaduwklant.reports.ReportLauncher;
import nl.schaduwklant.reports.SectorBenchmark;
import nl.schaduwklant.sandbox.SandboxSites;
import nl.schaduwklant.reports.ReportsProperties;
import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scheduler.Campaigns;
import nl.schaduwklant.scheduler.Organisations;
import nl.schaduwklant.scheduler.Scenarios;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The main job: the demo campaign against the sandbox, its sector benchmark, a printed
 * summary and the CSV files; then, if asked, exit (0 when all went well).
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
@ConditionalOnProperty(name = "schaduwklant.demo.run", havingValue = "true")
class DemoJob implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoJob.class);

	private final DemoCampaign campaign;

	private final ReportLauncher reports;

	private final ReportsProperties reportsProperties;

	private final DemoProperties properties;

	private final DemoSummary summary;

	private final ApplicationContext context;

	DemoJob(Organisations organisations, Scenarios scenarios, Campaigns campaigns, ProbeRuns probes, SandboxSites sites,
			ReportLauncher reports, ReportsProperties reportsProperties, DemoProperties properties,
			MessageSource messages, ApplicationContext context, Clock clock) {
		this.campaign = new DemoCampaign(organisations, scenarios, campaigns, probes, sites, properties, clock);
		this.reports = reports;
		this.reportsProperties = reportsProperties;
		this.properties = properties;
		this.summary = new DemoSummary(messages, properties.locale());
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		int exitCode = 0;
		try {
			System.out.println(render(runDemo()));
		}
		catch (TimeoutException | RuntimeException ex) {
			log.error("The demo campaign failed", ex);
			exitCode = 1;
		}
		if (this.properties.exitWhenDone()) {
			int code = exitCode;
			System.exit(SpringApplication.exit(this.context, () -> code));
		}
	}

	DemoResult runDemo() throws TimeoutException {
		CampaignDetails done = this.campaign.run((progress, planned) -> log.info("Demo: {} of {} probes settled {}",
				progress.settled(), planned, progress.byState()));
		BenchmarkRun run = this.reports.runBenchmark(done.id());
		SectorBenchmark benchmark = this.reports.benchmark(done.id(), run.run());
		List<Path> files = List.of(
				write("benchmark-" + done.id() + "-sectors.csv",
						this.reports.sectorFiguresCsv(done.id(), this.properties.locale())),
				write("benchmark-" + done.id() + "-organisations.csv",
						this.reports.organisationRanksCsv(done.id(), this.properties.locale())));
		return new DemoResult(done, benchmark, files);
	}

	String render(DemoResult result) {
		return this.summary.render(result.campaign(), result.benchmark(), result.files());
	}

	private Path write(String name, byte[] content) {
		try {
			Files.createDirectories(this.reportsProperties.outputDirectory());
			return Files.write(this.reportsProperties.outputDirectory().resolve(name), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What the demo produced.
	 *
	 * @param campaign the campaign
	 * @param benchmark its sector benchmark
	 * @param files the CSV files written
	 */
	record DemoResult(CampaignDetails campaign, SectorBenchmark benchmark, List<Path> files) {
	}

}
