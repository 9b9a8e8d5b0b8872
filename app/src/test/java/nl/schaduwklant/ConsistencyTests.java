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
				assertThat(json)
					.extractingPath("$.organisations[?(@.organisationName == 'Hosting Wolk')].medianTimeToReply.CHAT")
					.asArray()
					.hasSize(1);
				assertThat(json).extractingPath("$.sectors[?(@.sector == 'IT/Telecom')].suppressed")
					.as("two organisations: a mean would give away the other's score")
					.asArray()
					.containsExactly(true);
			});
	}

}
