package nl.schaduwklant;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schaduwklant.probes.ChannelProbe;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.reports.BenchmarkRun;
import nl.schaduwklant.reports.ReportLauncher;
import nl.schaduwklant.reports.ReportsProperties;
import nl.schaduwklant.reports.SectorBenchmark;
import nl.schaduwklant.sandbox.SandboxSites;
import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scheduler.Campaigns;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.Organisations;
import nl.schaduwklant.scheduler.Scenarios;
import nl.schaduwklant.scoring.CampaignVerdicts;
import nl.schaduwklant.scoring.VerdictView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The main job: the demo campaign against the sandbox with a progress line, its sector
 * benchmark, a printed summary and the CSV files; then, if asked, exit. A demo that stops
 * early says why in one sentence (the details are in the log) and still summarises what
 * was measured so far. Exit codes: {@value #DONE} when every probe was settled and
 * summarised, {@value #TIMED_OUT} when the timeout passed first, {@value #FAILED} when
 * something went wrong.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
@ConditionalOnProperty(name = "schaduwklant.demo.run", havingValue = "true")
class DemoJob implements ApplicationRunner {

	static final int DONE = 0;

	static final int FAILED = 1;

	static final int TIMED_OUT = 2;

	private static final int SUMMARY_ATTEMPTS = 3;

	private static final Logger log = LoggerFactory.getLogger(DemoJob.class);

	private final DemoCampaign campaign;

	private final ReportLauncher reports;

	private final ReportsProperties reportsProperties;

	private final DemoProperties properties;

	private final DemoSummary summary;

	private final DemoVerdicts verdictTable;

	private final CampaignVerdicts verdicts;

	private final MessageSource messages;

	private final MessageSourceAccessor texts;

	private final ApplicationContext context;

	private final Clock clock;

	private final PrintStream out;

	private final boolean terminal;

	@Autowired
	DemoJob(Organisations organisations, Scenarios scenarios, Campaigns campaigns, ProbeRuns probes,
			List<ChannelProbe> channelProbes, SandboxSites sites, ReportLauncher reports,
			ReportsProperties reportsProperties, CampaignVerdicts verdicts, DemoProperties properties,
			MessageSource messages, ApplicationContext context, Clock clock) {
		this(organisations, scenarios, campaigns, probes, channelProbes, sites, reports, reportsProperties, verdicts,
				properties, messages, context, clock, System.out, System.console() != null);
	}

	/**
	 * @param out where the demo prints its progress, summary and failures
	 * @param terminal whether that is a terminal (the progress line is then rewritten in
	 * place)
	 */
	DemoJob(Organisations organisations, Scenarios scenarios, Campaigns campaigns, ProbeRuns probes,
			List<ChannelProbe> channelProbes, SandboxSites sites, ReportLauncher reports,
			ReportsProperties reportsProperties, CampaignVerdicts verdicts, DemoProperties properties,
			MessageSource messages, ApplicationContext context, Clock clock, PrintStream out, boolean terminal) {
		this.campaign = new DemoCampaign(organisations, scenarios, campaigns, probes, channelProbes, sites, properties,
				clock);
		this.reports = reports;
		this.reportsProperties = reportsProperties;
		this.properties = properties;
		this.summary = new DemoSummary(messages, properties.locale());
		this.verdictTable = new DemoVerdicts(messages, properties.locale());
		this.verdicts = verdicts;
		this.messages = messages;
		this.texts = new MessageSourceAccessor(messages, properties.locale());
		this.context = context;
		this.clock = clock;
		this.out = out;
		this.terminal = terminal;
	}

	@Override
	public void run(ApplicationArguments args) {
		int exitCode = runDemo();
		if (this.properties.exitWhenDone()) {
			if (exitCode != DONE) {
				this.out.println(this.texts.getMessage("demo.closing"));
			}
			System.exit(SpringApplication.exit(this.context, () -> exitCode));
		}
	}

	/**
	 * Runs the demo campaign, printing its progress and its summary (or why it stopped
	 * and the summary so far) to standard output.
	 * @return the exit code
	 */
	int runDemo() {
		PrintStream out = this.out;
		DemoCampaign.DemoPlan plan;
		try {
			plan = this.campaign.start();
		}
		catch (ChannelsUnavailable ex) {
			say(out, unavailable(ex));
			return FAILED;
		}
		catch (RuntimeException ex) {
			say(out, stopped(Stage.START, ex));
			return FAILED;
		}
		var line = new DemoProgressLine(this.messages, this.properties.locale(), out, this.terminal,
				this.properties.progressInterval(), this.clock);
		int exitCode = DONE;
		try {
			line.finish(this.campaign.awaitSettled(plan, line));
		}
		catch (DemoTimedOut ex) {
			line.finish(ex.progress());
			log.warn("The demo campaign {} stopped", plan.campaign().id(), ex);
			say(out, timedOut(ex));
			exitCode = TIMED_OUT;
		}
		catch (RuntimeException ex) {
			line.end();
			say(out, stopped(Stage.FOLLOW, ex));
			exitCode = FAILED;
		}
		try {
			DemoResult result = summariseInAttempts(plan.campaign().id());
			if (exitCode != DONE) {
				out.println();
				out.println(this.texts.getMessage("demo.partial"));
			}
			out.println(render(result));
		}
		catch (RuntimeException ex) {
			if (exitCode == DONE) {
				say(out, stopped(Stage.SUMMARY, ex));
				return FAILED;
			}
			say(out, failure("demo.noSummary", ex));
		}
		return exitCode;
	}

	/**
	 * Summarises the campaign, trying again when that fails: a busy database (every
	 * connection taken by the probes still running) often has room a moment later.
	 * @param campaignId the campaign
	 * @return its summary
	 * @throws RuntimeException why the last attempt failed
	 */
	private DemoResult summariseInAttempts(UUID campaignId) {
		for (int attempt = 1;; attempt++) {
			try {
				return summarise(campaignId);
			}
			catch (RuntimeException ex) {
				if (attempt == SUMMARY_ATTEMPTS) {
					throw ex;
				}
				log.warn("Summarising the demo campaign {} failed (attempt {} of {})", campaignId, attempt,
						SUMMARY_ATTEMPTS, ex);
			}
		}
	}

	/**
	 * @param campaignId the campaign
	 * @return its benchmark over the probes measured so far, and the CSV files written
	 */
	DemoResult summarise(UUID campaignId) {
		CampaignDetails campaign = this.campaign.campaign(campaignId);
		BenchmarkRun run = this.reports.runBenchmark(campaignId);
		SectorBenchmark benchmark = this.reports.benchmark(campaignId, run.run());
		List<Path> files = List.of(
				write("benchmark-" + campaignId + "-sectors.csv",
						this.reports.sectorFiguresCsv(campaignId, this.properties.locale())),
				write("benchmark-" + campaignId + "-organisations.csv",
						this.reports.organisationRanksCsv(campaignId, this.properties.locale())));
		Map<String, List<VerdictView>> verdicts = new LinkedHashMap<>();
		DemoVerdicts.PROFILES.forEach((channel, profile) -> {
			if (campaign.channels().contains(channel)) {
				verdicts.put(profile, this.verdicts.judge(campaignId, profile, null));
			}
		});
		return new DemoResult(campaign, benchmark, files, verdicts);
	}

	String render(DemoResult result) {
		return this.summary.render(result.campaign(), result.benchmark(), result.files())
				+ this.verdictTable.render(result.campaign().id(), result.verdicts());
	}

	private String timedOut(DemoTimedOut ex) {
		Map<Channel, Integer> open = ex.progress().unsettled();
		int count = open.values().stream().mapToInt(Integer::intValue).sum();
		String channels;
		if (open.size() == 1) {
			channels = channelName(open.keySet().iterator().next());
		}
		else {
			channels = open.entrySet()
				.stream()
				.map((entry) -> channelName(entry.getKey()) + " " + entry.getValue())
				.collect(Collectors.joining(", "));
		}
		String sentence = this.texts.getMessage("demo.stopped.timeout",
				new Object[] { duration(ex.timeout()), count, channels });
		if (ex.progress().retrying() > 0) {
			sentence += " " + this.texts.getMessage("demo.stopped.retrying",
					new Object[] { ex.progress().retrying(), ex.progress().retryProblem() });
		}
		return sentence;
	}

	private String unavailable(ChannelsUnavailable ex) {
		String channels = ex.reasons()
			.keySet()
			.stream()
			.map(this::channelName)
			.collect(Collectors.joining(this.texts.getMessage("demo.and")));
		String reasons = ex.reasons()
			.values()
			.stream()
			.map(this.texts::getMessage)
			.distinct()
			.collect(Collectors.joining("; "));
		log.warn("The demo did not start: {}", ex.getMessage());
		return this.texts.getMessage("demo.stopped.unavailable", new Object[] { channels, reasons });
	}

	private String stopped(Stage stage, RuntimeException ex) {
		return failure("demo.stopped." + stage.name().toLowerCase(Locale.ROOT), ex);
	}

	private String failure(String key, RuntimeException ex) {
		log.warn("The demo stopped ({})", key, ex);
		if (this.properties.debug()) {
			ex.printStackTrace(System.err);
		}
		return this.texts.getMessage(key, new Object[] { reason(ex) });
	}

	private void say(PrintStream out, String sentence) {
		out.println(sentence);
		String logFile = this.context.getEnvironment().getProperty("logging.file.name");
		if (logFile != null && !logFile.isBlank()) {
			out.println(this.texts.getMessage("demo.logFile", new Object[] { Path.of(logFile).toAbsolutePath() }));
		}
		out.flush();
	}

	private String channelName(Channel channel) {
		return this.texts.getMessage("channel." + channel.name()).toLowerCase(this.properties.locale());
	}

	private String duration(Duration duration) {
		if (duration.toSeconds() >= 60 && duration.toSecondsPart() == 0) {
			return this.texts.getMessage("demo.minutes", new Object[] { duration.toMinutes() });
		}
		return this.texts.getMessage("demo.seconds", new Object[] { duration.toSeconds() });
	}

	/**
	 * @param ex a failure
	 * @return what its innermost cause that says something says (such as a connection
	 * pool that has no connection left), without a final full stop
	 */
	static String reason(Throwable ex) {
		List<Throwable> chain = new ArrayList<>();
		for (Throwable cause = ex; cause != null && !chain.contains(cause); cause = cause.getCause()) {
			chain.add(cause);
		}
		Collections.reverse(chain);
		return chain.stream()
			.map(Throwable::getMessage)
			.filter((message) -> message != null && !message.isBlank())
			.findFirst()
			.map((message) -> message.strip().replaceAll("\\.+$", ""))
			.orElse(ex.getClass().getSimpleName());
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
	 * Where the demo was when it stopped.
	 */
	private enum Stage {

		START, FOLLOW, SUMMARY

	}

	/**
	 * What the demo produced.
	 *
	 * @param campaign the campaign
	 * @param benchmark its sector benchmark
	 * @param files the CSV files written
	 * @param verdicts its verdicts, per norm profile
	 */
	record DemoResult(CampaignDetails campaign, SectorBenchmark benchmark, List<Path> files,
			Map<String, List<VerdictView>> verdicts) {
	}

}
