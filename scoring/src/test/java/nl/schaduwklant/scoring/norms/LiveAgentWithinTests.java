package nl.schaduwklant.scoring.norms;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import nl.schaduwklant.probes.CallOutcome;
import nl.schaduwklant.probes.LiveAgentMethod;
import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.PhoneFigures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measured call in a "person within 15 seconds" clause, from ringing or from the
 * connect, at and just past the limit.
 */
class LiveAgentWithinTests {

	private final LiveAgentWithin fromRinging = new LiveAgentWithin(Duration.ofSeconds(15),
			LiveAgentWithin.From.RINGING);

	@Test
	void shouldPassAtTheLimitAndFailJustPastIt() {
		assertThat(this.fromRinging.judge(call(Duration.ofSeconds(15), Duration.ofSeconds(9))).counts())
			.isEqualTo(ProbeJudgement.Counts.PASSED);
		assertThat(this.fromRinging.judge(call(Duration.ofMillis(15_001), Duration.ofSeconds(9))).counts())
			.isEqualTo(ProbeJudgement.Counts.FAILED);
	}

	@Test
	void shouldCountFromTheMomentTheProfileNames() {
		Measurement call = call(Duration.ofSeconds(20), Duration.ofSeconds(12));
		assertThat(this.fromRinging.judge(call).counts()).isEqualTo(ProbeJudgement.Counts.FAILED);
		assertThat(new LiveAgentWithin(Duration.ofSeconds(15), LiveAgentWithin.From.CONNECT).judge(call).counts())
			.isEqualTo(ProbeJudgement.Counts.PASSED);
	}

	@Test
	void shouldFailACallNobodyAnsweredAndNotCountAnotherChannel() {
		ProbeJudgement busy = this.fromRinging.judge(call(null, null));
		assertThat(busy.counts()).isEqualTo(ProbeJudgement.Counts.FAILED);
		assertThat(busy.why()).contains("BUSY");
		Measurement email = new Measurement(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Bank Zuid",
				"Financials", Channel.EMAIL, UUID.randomUUID(), ProbeOutcome.RESPONDED, true, Duration.ofHours(2), null,
				null, null, null, null, null, null, null, null, null, Instant.now(), null);
		assertThat(this.fromRinging.judge(email).counts()).isEqualTo(ProbeJudgement.Counts.NOT_COUNTED);
	}

	private static Measurement call(Duration fromRinging, Duration fromConnect) {
		CallOutcome outcome = (fromRinging != null) ? CallOutcome.REACHED : CallOutcome.BUSY;
		PhoneFigures phone = new PhoneFigures(outcome, LiveAgentMethod.AUDIO, outcome.connected(),
				Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(3), fromConnect, fromRinging, false,
				Duration.ofSeconds(60), 0.9, Duration.ofMillis(20));
		return new Measurement(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Bank Zuid", "Financials",
				Channel.PHONE, UUID.randomUUID(),
				(fromRinging != null) ? ProbeOutcome.RESPONDED : ProbeOutcome.NO_RESPONSE, fromRinging != null,
				fromRinging, null, null, null, null, null, null, null, null, null, null, Instant.now(), phone);
	}

}
