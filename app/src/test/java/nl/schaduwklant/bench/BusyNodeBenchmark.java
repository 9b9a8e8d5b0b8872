package nl.schaduwklant.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import nl.schaduwklant.CampaignRunner;
import nl.schaduwklant.SchaduwklantApplication;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.sandbox.ChatGroundTruth;
import nl.schaduwklant.sandbox.ChatTruth;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scheduler.Channel;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A busy node: the demo campaign (every simulated organisation, both questions, e-mail,
 * chat and contact form, 40 s reply deadline, the node's default capacity) while another
 * process keeps one core busy. Prints the total time and the chat timing error (every
 * question and first human answer against the instant the sandbox's page showed it) and
 * writes them to {@code docs/benchmarks.md}. Not part of the test suite: run it with
 * {@code scripts/bench-pipeline}.
 */
class BusyNodeBenchmark {

	@Test
	void runTheDemoCampaignWithOneCoreBusy() throws Exception {
		Process burner = new ProcessBuilder("timeout", "900", "sh", "-c", "while :; do :; done").start();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SchaduwklantApplication.class,
				CampaignRunner.class)
			.web(WebApplicationType.NONE)
			.profiles("test")
			.run("--schaduwklant.probes.browser.max-browsers=4", "--schaduwklant.scoring.language.instances=2",
					"--schaduwklant.probes.chat.linger=PT1S", "--schaduwklant.probes.chat.widget-timeout=PT8S",
					"--spring.datasource.url=jdbc:h2:mem:bench-busy;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
							+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"--logging.level.nl.schaduwklant=WARN")) {
			CampaignRunner runner = context.getBean(CampaignRunner.class);
			long started = System.nanoTime();
			CampaignDetails campaign = runner.start("Drukke node", SandboxCatalogue.organisations(),
					SandboxCatalogue.scenarios(), EnumSet.of(Channel.EMAIL, Channel.CHAT, Channel.CONTACT_FORM),
					Duration.ofSeconds(40));
			runner.awaitSettled(campaign, Duration.ofMinutes(12));
			Duration total = Duration.ofNanos(System.nanoTime() - started);
			List<Long> errors = chatErrors(context, campaign);
			String report = report(campaign, total, errors);
			System.out.println(report);
			BenchmarkReport.write(Path.of(System.getProperty("bench.output", "../docs/benchmarks.md")), "busy-node",
					report);
			assertThat(errors).as("chat instants compared with the truth").isNotEmpty();
		}
		finally {
			burner.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	/**
	 * |measured - shown| in milliseconds for every question and first human answer,
	 * sorted.
	 */
	private static List<Long> chatErrors(ConfigurableApplicationContext context, CampaignDetails campaign) {
		ChatGroundTruth truth = context.getBean(ChatGroundTruth.class);
		List<Long> errors = new ArrayList<>();
		for (ProbeSummary probe : context.getBean(ProbeRuns.class).byCampaign(campaign.id())) {
			if (probe.channel() != Channel.CHAT) {
				continue;
			}
			ChatTruth shown = truth.forToken(probe.token()).orElse(null);
			if (shown == null) {
				continue;
			}
			if (shown.askedAt() != null && probe.contactedAt() != null) {
				errors.add(Math.abs(Duration.between(shown.askedAt(), probe.contactedAt()).toMillis()));
			}
			if (shown.agentRepliedAt() != null && probe.firstHumanReplyAt() != null) {
				errors.add(Math.abs(Duration.between(shown.agentRepliedAt(), probe.firstHumanReplyAt()).toMillis()));
			}
		}
		errors.sort(null);
		return errors;
	}

	private static String report(CampaignDetails campaign, Duration total, List<Long> errors) {
		long p50 = percentile(errors, 0.50);
		long p95 = percentile(errors, 0.95);
		long max = errors.isEmpty() ? 0 : errors.get(errors.size() - 1);
		var out = new StringBuilder();
		out.append("## Busy node: the demo campaign with one core kept busy\n\n");
		out.append(String.format(Locale.ROOT,
				"`scripts/bench-pipeline`, %s, %d cores, one of them kept busy by another process (a shell loop)"
						+ " for the whole run. The demo campaign: %d probes over e-mail, chat and contact form"
						+ " against the sandbox (40 s reply deadline, 4 browsers, 2 LanguageTool instances)."
						+ " The chat timing error is |measured − shown| for every question and first human"
						+ " answer, where *shown* is the instant the sandbox's page reports it showed the"
						+ " message.%n%n",
				Instant.now().toString().substring(0, 10), Runtime.getRuntime().availableProcessors(),
				campaign.plannedProbes()));
		out.append("| Figure | Value |\n|---|---:|\n");
		out.append(String.format(Locale.ROOT, "| Total time, start to every probe settled | %.1f s |%n",
				total.toMillis() / 1000.0));
		out.append(String.format(Locale.ROOT, "| Chat instants compared | %d |%n", errors.size()));
		out.append(
				String.format(Locale.ROOT, "| Chat timing error p50 / p95 / max | %d / %d / %d ms |%n", p50, p95, max));
		out.append(String.format(Locale.ROOT, "| Goal p95 ≤ 50 ms | %s |%n", (p95 <= 50) ? "met" : "**not met**"));
		return out.toString();
	}

	private static long percentile(List<Long> sorted, double share) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.ceil(share * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}
