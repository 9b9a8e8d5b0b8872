package nl.schaduwklant.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import nl.schaduwklant.CampaignRunner;
import nl.schaduwklant.SchaduwklantApplication;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.probes.browser.BrowserPool;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.sandbox.SandboxScenario;
import nl.schaduwklant.sandbox.SimulatedOrganisation;
import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.Measurements;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent chat probes on this machine: a chat campaign against every simulated
 * organisation with a web chat, run with 1, 2 and 4 concurrent browsers, each in a fresh
 * application. Prints probes per minute and the memory of each browser (proportional set
 * size of its process tree, sampled every 250 ms) and writes them to
 * {@code docs/benchmarks.md}. Not part of the test suite: run it with
 * {@code scripts/bench-chat}. Its only assertion is that every probe was scored, so the
 * figures describe complete chats.
 */
class ChatThroughputBenchmark {

	private static final List<Integer> POOL_SIZES = List.of(1, 2, 4);

	@Test
	void measureChatThroughputPerPoolSize() throws IOException {
		List<Result> results = new ArrayList<>();
		for (int browsers : POOL_SIZES) {
			Result result = run(browsers);
			System.out.println(result.line(results.isEmpty() ? result : results.get(0)));
			results.add(result);
		}
		String report = BenchmarkReport.chat(results, Instant.now());
		System.out.println(report);
		BenchmarkReport.write(Path.of(System.getProperty("bench.output", "../docs/benchmarks.md")), "chat", report);
	}

	private Result run(int browsers) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SchaduwklantApplication.class,
				CampaignRunner.class)
			.web(WebApplicationType.NONE)
			.profiles("test")
			// as arguments, so they win over the test profile's settings
			.run("--schaduwklant.probes.browser.max-browsers=" + browsers,
					"--spring.datasource.url=jdbc:h2:mem:bench-chat-" + browsers
							+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"--logging.level.nl.schaduwklant=WARN")) {
			return measure(context, browsers);
		}
	}

	private Result measure(ConfigurableApplicationContext context, int browsers) {
		ProbeRuns probes = context.getBean(ProbeRuns.class);
		CampaignRunner runner = context.getBean(CampaignRunner.class);
		BrowserPool pool = context.getBean(BrowserPool.class);
		List<SimulatedOrganisation> withChat = SandboxCatalogue.organisations()
			.stream()
			.filter((organisation) -> organisation.chat() != null)
			.toList();
		SandboxScenario question = SandboxCatalogue.scenarios().get(0);
		var memory = new BrowserMemory(pool);
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		sampler.scheduleAtFixedRate(memory::sample, 0, 250, TimeUnit.MILLISECONDS);
		long started = System.nanoTime();
		CampaignDetails campaign = runner.start("Benchmark chat " + browsers, withChat, List.of(question),
				Set.of(Channel.CHAT), Duration.ofSeconds(30));
		runner.awaitSettled(campaign, Duration.ofMinutes(10));
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		sampler.shutdownNow();
		assertThat(probes.byCampaign(campaign.id())).as("every chat completed and scored")
			.allSatisfy((probe) -> assertThat(probe.state()).isEqualTo(ProbeState.SCORED));
		assertThat(memory.mostAtOnce()).as("browsers open at once").isLessThanOrEqualTo(browsers);
		List<Long> lateness = lateness(context.getBean(Measurements.class), campaign, withChat);
		return new Result(browsers, campaign.plannedProbes(), elapsed, memory.meanPerBrowserMiB(),
				memory.peakPerBrowserMiB(), memory.peakTotalMiB(), lateness.get(lateness.size() / 2),
				lateness.get(lateness.size() - 1), Runtime.getRuntime().availableProcessors());
	}

	/**
	 * How much later than scripted each human answer was measured, in milliseconds,
	 * sorted: the page's fetch of the script plus any delay of the page's timers and
	 * rendering on a busy machine.
	 */
	private static List<Long> lateness(Measurements measurements, CampaignDetails campaign,
			List<SimulatedOrganisation> organisations) {
		List<Long> lateness = new ArrayList<>();
		for (Measurement measurement : measurements.forCampaign(campaign.id())) {
			organisations.stream()
				.filter((organisation) -> organisation.name().equals(measurement.organisationName()))
				.findFirst()
				.filter((organisation) -> measurement.timeToFirstHumanReply() != null)
				.ifPresent((organisation) -> lateness
					.add(measurement.timeToFirstHumanReply().toMillis() - organisation.chat().agentReplyMillis()));
		}
		assertThat(lateness).as("chats answered by a human").isNotEmpty();
		lateness.sort(null);
		return lateness;
	}

	/**
	 * The figures of one run.
	 */
	record Result(int browsers, int probes, Duration elapsed, double meanMiBPerBrowser, double peakMiBPerBrowser,
			double peakMiBAllBrowsers, long latenessMedianMillis, long latenessMaxMillis, int cores) {

		double probesPerMinute() {
			return this.probes * 60_000.0 / this.elapsed.toMillis();
		}

		String line(Result baseline) {
			return String.format(Locale.ROOT,
					"%d browser(s): %d chats in %.1f s = %.1f chats/min (x%.2f), %.0f MiB per browser (peak %.0f),"
							+ " peak %.0f MiB for all browsers, answers measured %d ms (median) / %d ms (max) later"
							+ " than scripted",
					this.browsers, this.probes, this.elapsed.toMillis() / 1000.0, probesPerMinute(),
					probesPerMinute() / baseline.probesPerMinute(), this.meanMiBPerBrowser, this.peakMiBPerBrowser,
					this.peakMiBAllBrowsers, this.latenessMedianMillis, this.latenessMaxMillis);
		}

	}

}
