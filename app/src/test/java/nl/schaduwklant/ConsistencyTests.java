package nl.schaduwklant;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scheduler.Channel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same question by e-mail and by chat to two IT companies of the sandbox: Software
 * Kern's e-mail says it cannot be phoned while its chat gives the number (a
 * contradiction, recognised from the answer key's known-wrong answer); Hosting Wolk gives
 * the same answer on both.
 */
@SchaduwklantTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsistencyTests {

	@Autowired
	private CampaignRunner runner;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private nl.schaduwklant.scoring.Measurements measurements;

	@Autowired
	private nl.schaduwklant.access.UserAccounts accounts;

	private CampaignDetails campaign;

	@BeforeAll
	void askBothOnBothChannels() {
		this.campaign = this.runner.start("Consistentie " + Instant.now(),
				List.of(SandboxCatalogue.organisation("software-kern").orElseThrow(),
						SandboxCatalogue.organisation("hosting-wolk").orElseThrow()),
				List.of(SandboxCatalogue.scenarios().get(0)), Set.of(Channel.EMAIL, Channel.CHAT),
				Duration.ofSeconds(20));
		this.runner.awaitSettled(this.campaign, Duration.ofMinutes(2));
	}

	@Test
	void shouldFindTheContradictionBetweenChannelsAndScoreEachOrganisation() {
		assertThat(this.mvc.get().uri("/api/campaigns/" + this.campaign.id() + "/consistency")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath(
						"$.organisations[?(@.organisationName == 'Software Kern')].scenarios[0].pairs[0].contradictions[0]")
					.asArray()
					.containsExactly("telefoonnummer");
				assertThat(json).extractingPath("$.organisations[?(@.organisationName == 'Software Kern')].score")
					.asArray()
					.containsExactly(0.0);
				assertThat(json).extractingPath("$.organisations[?(@.organisationName == 'Hosting Wolk')].score")
					.asArray()
					.containsExactly(1.0);
				// one chat each: its median is its own time to a person
				Duration chat = this.measurements.forCampaign(this.campaign.id())
					.stream()
					.filter((m) -> m.organisationName().equals("Hosting Wolk") && m.channel() == Channel.CHAT)
					.findFirst()
					.orElseThrow()
					.timeToFirstHumanReply();
				assertThat(json)
					.extractingPath("$.organisations[?(@.organisationName == 'Hosting Wolk')].medianTimeToReply.CHAT")
					.asArray()
					.containsExactly(chat.toString());
				assertThat(json).extractingPath("$.sectors[?(@.sector == 'IT/Telecom')].suppressed")
					.as("two organisations: a mean would give away the other's score")
					.asArray()
					.containsExactly(true);
			});
	}

	@Test
	void shouldPutAnOrganisationsScanBesideWhatItsProbesMeasured() {
		java.util.UUID softwareKern = organisation("Software Kern");
		StringBuilder answers = new StringBuilder();
		for (nl.schaduwklant.scoring.scan.ScanItem item : nl.schaduwklant.scoring.scan.ScanItem.values()) {
			answers.append(answers.isEmpty() ? "" : ",")
				.append('"')
				.append(item)
				.append("\":\"")
				.append((item.kind() == nl.schaduwklant.scoring.scan.ScanItem.Kind.ELEMENT) ? "START" : "ABOVE_AVERAGE")
				.append('"');
		}
		assertThat(this.mvc.post()
			.uri("/api/organisations/" + softwareKern + "/scans")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"respondents\":[{\"respondent\":\"directie\",\"answers\":{" + answers + "}}]}")).hasStatus(201);
		// every measurement of the organisation, of this campaign (its e-mail answered
		// wrongly, its chat rightly) and of any other that asked it
		var measured = this.measurements.forOrganisation(softwareKern);
		var withResolution = measured.stream().filter((m) -> m.answered() && m.resolved() != null).toList();
		assertThat(withResolution).extracting(nl.schaduwklant.scoring.Measurement::resolved).contains(true, false);
		assertThat(this.mvc.get().uri("/api/organisations/" + softwareKern + "/scans/comparison")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.selfAssessedServicePerformance").isEqualTo(0.6);
				assertThat(json).extractingPath("$.probes").isEqualTo(measured.size());
				assertThat(json).extractingPath("$.measuredResponseRate")
					.isEqualTo((double) measured.stream().filter(nl.schaduwklant.scoring.Measurement::answered).count()
							/ measured.size());
				assertThat(json).extractingPath("$.measuredResolution")
					.isEqualTo((double) withResolution.stream()
						.filter(nl.schaduwklant.scoring.Measurement::resolved)
						.count() / withResolution.size());
			});
	}

	private java.util.UUID organisation(String name) {
		return this.measurements.forCampaign(this.campaign.id())
			.stream()
			.filter((m) -> m.organisationName().equals(name))
			.findFirst()
			.orElseThrow()
			.organisationId();
	}

	@Test
	void shouldShowAClientItsOwnOrganisationOnly() {
		java.util.UUID softwareKern = this.measurements.forCampaign(this.campaign.id())
			.stream()
			.filter((m) -> m.organisationName().equals("Software Kern"))
			.findFirst()
			.orElseThrow()
			.organisationId();
		this.accounts.provide(new nl.schaduwklant.access.NewUserAccount("consistency-client", "a-long-client-password",
				nl.schaduwklant.access.Role.CLIENT, softwareKern), "test");
		assertThat(this.mvc.get()
			.uri("/api/campaigns/" + this.campaign.id() + "/consistency")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("consistency-client")
				.roles("CLIENT")))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.organisations[*].organisationName")
			.asArray()
			.containsExactly("Software Kern");
	}

}
