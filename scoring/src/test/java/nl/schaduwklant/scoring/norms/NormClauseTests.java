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
 * What a measured call counts for in each clause type, including the calls a clause
 * cannot judge.
 */
class NormClauseTests {

	private final NormClause helped = new NormClause("callers-helped", "helped", ClauseType.HELPED, null, null, 0.9, 20,
			"source", null);

	private final NormClause within = new NormClause("answered-within-15s", "within", ClauseType.LIVE_AGENT_WITHIN,
			Duration.ofSeconds(15), LiveAgentWithin.From.RINGING, 0.85, 20, "source", null);

	private final NormClause connected = new NormClause("technical-reachability", "connects", ClauseType.CONNECTED,
			null, null, 0.99, 20, "source", null);

	@Test
	void shouldJudgeHelpOnlyFromAConsultantsReview() {
		assertThat(this.helped.judge(call(LiveAgentMethod.CONSULTANT, CallOutcome.REACHED, Duration.ofSeconds(8), true))
			.counts()).isEqualTo(ProbeJudgement.Counts.PASSED);
		assertThat(
				this.helped.judge(call(LiveAgentMethod.CONSULTANT, CallOutcome.REACHED, Duration.ofSeconds(8), false))
					.counts())
			.isEqualTo(ProbeJudgement.Counts.FAILED);
		assertThat(this.helped.judge(call(LiveAgentMethod.CONSULTANT, CallOutcome.REACHED, Duration.ofSeconds(8), null))
			.counts()).as("a consultant's call not reviewed yet").isEqualTo(ProbeJudgement.Counts.AWAITS_REVIEW);
		assertThat(this.helped.judge(call(LiveAgentMethod.AUDIO, CallOutcome.REACHED, Duration.ofSeconds(8), null))
			.counts()).as("a call nobody can review").isEqualTo(ProbeJudgement.Counts.NOT_COUNTED);
		assertThat(this.helped.judge(call(LiveAgentMethod.AUDIO, CallOutcome.BUSY, null, null)).counts())
			.isEqualTo(ProbeJudgement.Counts.FAILED);
	}

	@Test
	void shouldNotCountAnAnsweredCallWhoseRingingWasNeverReceived() {
		Measurement call = call(LiveAgentMethod.AUDIO, CallOutcome.REACHED, null, null);
		assertThat(this.within.judge(call).counts()).isEqualTo(ProbeJudgement.Counts.NOT_COUNTED);
		assertThat(this.connected.judge(call).counts()).isEqualTo(ProbeJudgement.Counts.PASSED);
		assertThat(this.connected.judge(call(LiveAgentMethod.AUDIO, CallOutcome.NOT_CONNECTED, null, null)).counts())
			.isEqualTo(ProbeJudgement.Counts.FAILED);
	}

	private static Measurement call(LiveAgentMethod method, CallOutcome outcome, Duration fromRinging, Boolean helped) {
		boolean answered = outcome == CallOutcome.REACHED;
		PhoneFigures phone = new PhoneFigures(outcome, method, outcome.connected(), null, null, null, fromRinging,
				fromRinging, false, null, 1, null);
		return new Measurement(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Bank Zuid", "Financials",
				Channel.PHONE, UUID.randomUUID(), answered ? ProbeOutcome.RESPONDED : ProbeOutcome.NO_RESPONSE,
				answered, fromRinging, null, null, null, null, null, null,
				(helped != null) ? (helped ? 1.0 : 0.0) : null, helped, null, null, Instant.now(), phone);
	}

}
