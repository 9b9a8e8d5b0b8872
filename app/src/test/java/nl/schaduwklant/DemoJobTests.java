package nl.schaduwklant;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.reports.ReportLauncher;
import nl.schaduwklant.reports.ReportsProperties;
import nl.schaduwklant.sandbox.SandboxSites;
import nl.schaduwklant.scheduler.Campaigns;
import nl.schaduwklant.scheduler.Organisations;
import nl.schaduwklant.scheduler.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main job: the demo campaign against the sandbox, its benchmark, the printed summary
 * and the CSV files.
 */
@SchaduwklantTest
class DemoJobTests {

	@Autowired
	private Organisations organisations;

	@Autowired
	private Scenarios scenarios;

	@Autowired
	private Campaigns campaigns;

	@Autowired
	private ProbeRuns probes;

	@Autowired
	private SandboxSites sites;

	@Autowired
	private ReportLauncher reports;

	@Autowired
	private MessageSource messages;

	@Autowired
	private ApplicationContext context;

	@Test
	void shouldRunTheDemoCampaignAndSummariseItPerSector(@TempDir Path output) throws Exception {
		var properties = new DemoProperties(true, false, Duration.ofSeconds(27), Duration.ofSeconds(90),
				Locale.forLanguageTag("nl-NL"));
		var job = new DemoJob(this.organisations, this.scenarios, this.campaigns, this.probes, this.sites, this.reports,
				new ReportsProperties(5, output), properties, this.messages, this.context, Clock.systemUTC());

		DemoJob.DemoResult result = job.runDemo();
		String summary = job.render(result);

		assertThat(result.campaign().plannedProbes()).isEqualTo(44);
		assertThat(result.benchmark().run().facts()).isEqualTo(44);
		assertThat(summary)
			.contains("Branche", "Respons", "Mediane reactietijd", "Taalfouten/100 woorden", "Oplossend vermogen",
					"Financials", "Handel", "IT/Telecom", "Lokale overheid *",
					"* Lokale overheid: onderdrukt, minder dan 5 organisaties")
			.containsPattern("Financials\\s+6\\s+12\\s+\\d+,\\d %\\s+\\d+,\\d s\\s+\\d+,\\d\\d\\s+\\d+,\\d %");
		assertThat(result.files()).hasSize(2).allSatisfy((file) -> {
			assertThat(file.getParent()).isEqualTo(output);
			assertThat(summary).contains(file.toAbsolutePath().toString());
		});
		String csv = Files.readString(result.files().get(0), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFBranche;Kanaal;Meetwaarde");
	}

}
