package nl.schaduwklant;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.scheduler.Channel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's progress counts a probe as settled by the same rule as the campaign's
 * progress: a probe that failed on our side and waits for its retry is not settled, and
 * the demo can say why those failed.
 */
class DemoProgressTests {

	private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	@Test
	void shouldNotCountAProbeThatWaitsForItsRetryAsSettledAndKnowWhyMostOfThoseFailed() {
		String noBrowser = "the browser did not start: chromedriver must exist";
		List<ProbeSummary> probes = List.of(probe(Channel.EMAIL, ProbeState.SCORED, null, null),
				probe(Channel.CHAT, ProbeState.NEEDS_REVIEW, "the chat was interrupted", null),
				probe(Channel.CHAT, ProbeState.FAILED, "the organisation has no chat endpoint", null),
				probe(Channel.CHAT, ProbeState.FAILED, noBrowser, NOW.plusSeconds(120)),
				probe(Channel.CONTACT_FORM, ProbeState.FAILED, noBrowser, NOW.plusSeconds(120)),
				probe(Channel.CONTACT_FORM, ProbeState.FAILED, "the page did not load", NOW.plusSeconds(60)),
				probe(Channel.EMAIL, ProbeState.AWAITING_RESPONSE, null, null));

		DemoProgress progress = DemoProgress.of(Map.of(Channel.EMAIL, 2, Channel.CHAT, 3, Channel.CONTACT_FORM, 2),
				probes);

		assertThat(progress.settled()).containsExactly(Map.entry(Channel.EMAIL, 1), Map.entry(Channel.CHAT, 2),
				Map.entry(Channel.CONTACT_FORM, 0));
		assertThat(progress.unsettled()).containsExactly(Map.entry(Channel.EMAIL, 1), Map.entry(Channel.CHAT, 1),
				Map.entry(Channel.CONTACT_FORM, 2));
		assertThat(progress.retrying()).isEqualTo(3);
		assertThat(progress.retryProblem()).isEqualTo(noBrowser);
	}

	@Test
	void shouldNameNoProblemWhenNoProbeWaitsForARetry() {
		DemoProgress progress = DemoProgress.of(Map.of(Channel.EMAIL, 1),
				List.of(probe(Channel.EMAIL, ProbeState.FAILED, "the organisation has no e-mail address", null)));

		assertThat(progress.settledProbes()).isEqualTo(1);
		assertThat(progress.retrying()).isZero();
		assertThat(progress.retryProblem()).isNull();
	}

	private static ProbeSummary probe(Channel channel, ProbeState state, String problem, Instant retryAt) {
		return new ProbeSummary(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Bank Zuid", "Financials",
				UUID.randomUUID(), "Adreswijziging doorgeven", channel, "SK-TEST1", state, null, 1, problem, retryAt,
				NOW, null, null, null, List.of(), null);
	}

}
