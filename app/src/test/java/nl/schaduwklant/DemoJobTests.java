package nl.schaduwklant;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.reports.ReportLauncher;
import nl.schaduwklant.reports.ReportsProperties;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.sandbox.SandboxSites;
import nl.schaduwklant.sandbox.SimulatedOrganisation;
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
	void shouldRunTheDemoCampaignAndSummariseItPerSectorAndChannel(@TempDir Path output) throws Exception {
		var properties = new DemoProperties(true, false, Duration.ofSeconds(27), Duration.ofMinutes(5),
				Locale.forLanguageTag("nl-NL"));
		var job = new DemoJob(this.organisations, this.scenarios, this.campaigns, this.probes, this.sites, this.reports,
				new ReportsProperties(5, output), properties, this.messages, this.context, Clock.systemUTC());

		DemoJob.DemoResult result = job.runDemo();
		String summary = job.render(result);

		List<SimulatedOrganisation> organisations = SandboxCatalogue.organisations();
		int scenarios = SandboxCatalogue.scenarios().size();
		long chats = organisations.stream().filter((organisation) -> organisation.chat() != null).count();
		long forms = organisations.stream().filter((organisation) -> organisation.form() != null).count();
		long captchaForms = organisations.stream()
			.filter((organisation) -> organisation.form() != null && organisation.form().captcha())
			.count();
		assertThat(result.campaign().plannedProbes()).isEqualTo((organisations.size() + chats + forms) * scenarios);
		assertThat(result.benchmark().run().facts()).as("every probe but those blocked by a CAPTCHA is measured")
			.isEqualTo(result.campaign().plannedProbes() - captchaForms * scenarios);
		assertThat(summary)
			.contains("Branche", "Kanaal", "Beschikbaar", "Respons", "Mediane reactietijd", "Taalfouten/100 woorden",
					"Oplossend vermogen", "Lokale overheid *", "Lokale overheid / Chat",
					"onderdrukt, minder dan 5 organisaties")
			.containsPattern(
					"Financials\\s+E-mail\\s+6\\s+12\\s+-\\s+\\d+,\\d %\\s+\\d+,\\d s\\s+\\d+,\\d\\d\\s+\\d+,\\d %")
			.containsPattern(
					"Handel\\s+Chat\\s+6\\s+12\\s+\\d+,\\d %\\s+\\d+,\\d %\\s+\\d+,\\d s\\s+\\d+,\\d\\d\\s+\\d+,\\d %")
			.containsPattern("IT/Telecom\\s+Chat\\s+6\\s+12\\s+100,0 %\\s+100,0 %");
		assertThat(result.files()).hasSize(2).allSatisfy((file) -> {
			assertThat(file.getParent()).isEqualTo(output);
			assertThat(summary).contains(file.toAbsolutePath().toString());
		});
		String csv = Files.readString(result.files().get(0), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFBranche;Kanaal;Meetwaarde")
			.contains("Financials;Chat;Beschikbaarheid;%;6;12;");
	}

}
