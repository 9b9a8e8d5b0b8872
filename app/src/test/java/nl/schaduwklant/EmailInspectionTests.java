package nl.schaduwklant;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.internal.ProbeLifecycle;
import nl.schaduwklant.probes.internal.ProbeRunRepository;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.sandbox.SandboxScenario;
import nl.schaduwklant.sandbox.SimulatedOrganisation;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.Endpoints;
import nl.schaduwklant.scheduler.OpeningHours;
import nl.schaduwklant.scheduler.ProbeDue;
import nl.schaduwklant.scheduler.ProbeScenario;
import nl.schaduwklant.scheduler.ProbeTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consultants can ask what the probe concludes from a raw message, over the API and on
 * the command line.
 */
@SchaduwklantTest
class EmailInspectionTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ProbeLifecycle lifecycle;

	@Autowired
	private ProbeRunRepository repository;

	@Autowired
	private ProbeRuns probes;

	@Test
	void shouldExplainWhichProbeAReplyMatchesAndWhatItsNewTextAndErrorsAre() {
		String token = plannedProbeToken();
		byte[] raw = """
				From: Julia de Groot <klantenservice@webwinkel-bolder.example>
				To: marieke.devries@schaduwklant.test
				Subject: Antw: Vraag over de behandeling van mijn aanvraag [%s]
				Content-Type: text/plain; charset=utf-8

				Beste mevrouw De Vries,

				Het antwoort is dat uw aanvraag binnen vijf werkdagen wordt behandeld door Webwinkel Bolder.

				Groeten,
				Julia

				> Goedemiddag,
				> Vorige week heb ik een aanvraag ingediend.
				""".formatted(token).getBytes(StandardCharsets.UTF_8);
		assertThat(this.mvc.post().uri("/api/inspections/email").contentType("message/rfc822").content(raw))
			.hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.match.token").isEqualTo(token);
				assertThat(json).extractingPath("$.match.basis").isEqualTo("TOKEN");
				assertThat(json).extractingPath("$.reading.autoReply").isEqualTo(false);
				assertThat(json).extractingPath("$.reading.newText")
					.isEqualTo("Beste mevrouw De Vries,\n\nHet antwoort is dat uw aanvraag binnen vijf werkdagen "
							+ "wordt behandeld door Webwinkel Bolder.");
				assertThat(json).extractingPath("$.reading.signature").isEqualTo("Groeten,\nJulia");
				assertThat(json).extractingPath("$.language.issues[*].text").asArray().containsExactly("antwoort");
			});
	}

	@Test
	void shouldExplainAnUploadedAutomaticReply() {
		var file = new MockMultipartFile("file", "ack.eml", "message/rfc822", """
				From: noreply@bank-zuid.example
				To: marieke.devries@schaduwklant.test
				Subject: Automatisch antwoord: Vraag
				Auto-Submitted: auto-replied

				Wij hebben uw e-mail ontvangen.
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(this.mvc.post().uri("/api/inspections/email").multipart().file(file)).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.reading.autoReply").isEqualTo(true);
				assertThat(json).extractingPath("$.reading.autoReplyReasons[0]")
					.isEqualTo("Auto-Submitted: auto-replied");
				assertThat(json).extractingPath("$.match").isNull();
			});
	}

	@Test
	void shouldPrintTheSameExplanationOnTheCommandLineWithoutAWebServer(@TempDir Path directory) throws Exception {
		Path eml = Files.writeString(directory.resolve("reply.eml"), """
				From: noreply@bank-zuid.example
				To: marieke.devries@schaduwklant.test
				Subject: Out of office
				X-Autorespond: yes

				Ik ben afwezig.
				""");
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int code = InspectEmailCommand.run(
				new String[] { "inspect-email", eml.toString(),
						"--spring.datasource.url=jdbc:h2:mem:inspect;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
		String json = out.toString(StandardCharsets.UTF_8);
		assertThat(json).startsWith("{").contains("\"autoReply\" : true").contains("X-Autorespond: yes");

		var usage = new ByteArrayOutputStream();
		assertThat(InspectEmailCommand.run(new String[] { "inspect-email" }, System.out,
				new PrintStream(usage, true, StandardCharsets.UTF_8)))
			.isEqualTo(2);
		assertThat(usage.toString(StandardCharsets.UTF_8)).startsWith("usage:");
	}

	private String plannedProbeToken() {
		SimulatedOrganisation organisation = SandboxCatalogue.organisations().get(6);
		SandboxScenario scenario = SandboxCatalogue.scenarios().get(0);
		var due = new ProbeDue(UUID.randomUUID(), UUID.randomUUID(), Channel.EMAIL,
				new ProbeTarget(UUID.randomUUID(), organisation.name(), organisation.sector(),
						new Endpoints(organisation.address()), OpeningHours.officeHours(), organisation.allowList()),
				new ProbeScenario(UUID.randomUUID(), scenario.title(), scenario.subject(), scenario.body(),
						scenario.answerKey()),
				Instant.now().plus(Duration.ofDays(365)), Duration.ofDays(7), 1.0);
		this.lifecycle.plan(due);
		return this.probes.get(this.repository.findBySlotId(due.slotId()).orElseThrow().getId()).token();
	}

}
