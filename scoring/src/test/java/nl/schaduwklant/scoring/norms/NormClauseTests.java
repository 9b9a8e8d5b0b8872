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
 * What a measured probe counts for in each clause type, including the probes a clause
 * cannot judge, at the limits' boundaries.
 */
class NormClauseTests {

	private static final Instant ENDED = Instant.parse("2026-11-30T10:00:00Z");

	private static final Instant NOW = ENDED.plus(Duration.ofHours(2));

	private final NormClause helped = clause(ClauseType.HELPED, null, null);

	private final NormClause within = clause(ClauseType.LIVE_AGENT_WITHIN, Duration.ofSeconds(15),
			LiveAgentWithin.From.RINGING);

	private final NormClause connected = clause(ClauseType.CONNECTED, null, null);

	private final NormClause welcome = clause(ClauseType.PROPER_WELCOME, null, null);

	private final NormClause alternative = clause(ClauseType.ALTERNATIVE_OFFERED, null, null);

	private final NormClause callbackKept = clause(ClauseType.CALLBACK_KEPT, Duration.ofHours(24), null);

	private final NormClause waitOrCallback = clause(ClauseType.WAIT_OR_CALLBACK, Duration.ofMinutes(5),
			LiveAgentWithin.From.RINGING);

	private final NormClause emailWithinADay = new NormClause("email", "e-mail", ClauseType.REPLY_WITHIN,
			Duration.ofHours(8), null, Channel.EMAIL, NormClause.ReplyTime.BUSINESS, 0.9, 20, "source", true,
			"8 business hours");

	private final NormClause chatWithin2Minutes = new NormClause("chat", "chat", ClauseType.REPLY_WITHIN,
			Duration.ofMinutes(2), null, Channel.CHAT, NormClause.ReplyTime.WALL, 0.8, 20, "source", true, "80 %");

	@Test
	void shouldJudgeHelpOnlyFromAConsultantsReview() {
		assertThat(counts(this.helped, call(LiveAgentMethod.CONSULTANT, CallOutcome.REACHED, 8).reviewed(true)))
			.isEqualTo(ProbeJudgement.Counts.PASSED);
		assertThat(counts(this.helped, call(LiveAgentMethod.CONSULTANT, CallOutcome.REACHED, 8).reviewed(false)))
			.isEqualTo(ProbeJudgement.Counts.FAILED);
		assertThat(counts(this.helped, call(LiveAgentMethod.CONSULTANT, CallOutcome.REACHED, 8)))
			.as("a consultant's call not reviewed yet")
			.isEqualTo(ProbeJudgement.Counts.AWAITS_REVIEW);
		assertThat(counts(this.helped, call(LiveAgentMethod.AUDIO, CallOutcome.REACHED, 8)))
			.as("a call nobody can review")
			.isEqualTo(ProbeJudgement.Counts.NOT_COUNTED);
		assertThat(counts(this.helped, call(LiveAgentMethod.AUDIO, CallOutcome.BUSY, null)))
			.isEqualTo(ProbeJudgement.Counts.FAILED);
	}

	@Test
	void shouldCountTheLimitItselfAsWithin() {
		assertThat(counts(this.within, call(LiveAgentMethod.AUDIO, CallOutcome.REACHED, 15)))
			.isEqualTo(ProbeJudgement.Counts.PASSED);
		assertThat(counts(this.within, call(LiveAgentMethod.AUDIO, CallOutcome.REACHED, 15.001)))
			.isEqualTo(ProbeJudgement.Counts.FAILED);
	}

	@Test
	void shouldNotCountAnAnsweredCallWhoseRingingWasNeverReceived() {
		Call call = call(LiveAgentMethod.AUDIO, CallOutcome.REACHED, null);
		assertThat(counts(this.within, call)).isEqualTo(ProbeJudgement.Counts.NOT_COUNTED);
		assertThat(counts(this.connected, call)).isEqualTo(ProbeJudgement.Counts.PASSED);
		assertThat(counts(this.connected, call(LiveAgentMethod.AUDIO, CallOutcome.NOT_CONNECTED, null)))
			.isEqualTo(ProbeJudgement.Counts.FAILED);
	}

	@Test
	void shouldJudgeAWelcomeFromTheReviewOnly() {
		assertThat(counts(this.welcome, call(LiveAgentMethod.CONSULTANT, CallOutcome.REACHED, 8).reviewed(true)))
			.isEqualTo(ProbeJudgement.Counts.PASSED);
		assertThat(counts(this.welcome,
				call(LiveAgentMethod.CONSULTANT, CallOutcome.REACHED, 8).reviewed(true).welcome(false)))
			.isEqualTo(ProbeJudgement.Counts.FAILED);
		assertThat(counts(this.welcome, call(LiveAgentMethod.CONSULTANT, CallOutcome.REACHED, 8)))
			.isEqualTo(ProbeJudgement.Counts.AWAITS_REVIEW);
		assertThat(counts(this.helped,
				call(LiveAgentMethod.CONSULTANT, CallOutcome.REACHED, 8).reviewed(true).withoutHelpRecorded()))
			.as("a review that recorded other figures only")
			.isEqualTo(ProbeJudgement.Counts.AWAITS_REVIEW);
		assertThat(counts(this.welcome, call(LiveAgentMethod.AUDIO, CallOutcome.REACHED, 8)))
			.isEqualTo(ProbeJudgement.Counts.NOT_COUNTED);
		assertThat(counts(this.welcome, call(LiveAgentMethod.CONSULTANT, CallOutcome.NO_ANSWER, null)))
			.as("no welcome to judge when nobody answered")
			.isEqualTo(ProbeJudgement.Counts.NOT_COUNTED);
	}

	@Test
	void shouldJudgeAnAlternativeOnlyWhenThePersonWasUnreachable() {
		assertThat(counts(this.alternative, call(LiveAgentMethod.CONSULTANT, CallOutcome.REACHED, 8).reviewed(true)))
			.as("the person asked for was reached")
			.isEqualTo(ProbeJudgement.Counts.NOT_COUNTED);
		assertThat(counts(this.alternative,
				call(LiveAgentMethod.CONSULTANT, CallOutcome.REACHED, 8).reviewed(true).alternative(true)))
			.isEqualTo(ProbeJudgement.Counts.PASSED);
		assertThat(counts(this.alternative,
				call(LiveAgentMethod.CONSULTANT, CallOutcome.REACHED, 8).reviewed(true).alternative(false)))
			.isEqualTo(ProbeJudgement.Counts.FAILED);
	}

	@Test
	void shouldKeepAPromiseOnlyWhenTheCallbackCameWithinTheLimit() {
		Call promised = call(LiveAgentMethod.CONSULTANT, CallOutcome.REACHED, 8).reviewed(true).withPromise();
		assertThat(counts(this.callbackKept, promised.calledBackAfter(Duration.ofHours(24))))
			.isEqualTo(ProbeJudgement.Counts.PASSED);
		assertThat(counts(this.callbackKept, promised.calledBackAfter(Duration.ofHours(24).plusSeconds(1))))
			.isEqualTo(ProbeJudgement.Counts.FAILED);
		assertThat(counts(this.callbackKept, promised)).as("no callback yet, 2 hours after the call")
			.isEqualTo(ProbeJudgement.Counts.PENDING);
		assertThat(this.callbackKept.judge(promised.measurement(), ENDED.plus(Duration.ofHours(24))).counts())
			.as("at the limit itself a callback would still count")
			.isEqualTo(ProbeJudgement.Counts.PENDING);
		assertThat(this.callbackKept.judge(promised.measurement(), ENDED.plus(Duration.ofHours(24)).plusMillis(1))
			.counts()).as("no callback when the 24 hours ran out").isEqualTo(ProbeJudgement.Counts.FAILED);
		assertThat(counts(this.callbackKept, call(LiveAgentMethod.CONSULTANT, CallOutcome.REACHED, 8).reviewed(true)))
			.as("nothing promised")
			.isEqualTo(ProbeJudgement.Counts.NOT_COUNTED);
		assertThat(counts(this.callbackKept, call(LiveAgentMethod.CONSULTANT, CallOutcome.REACHED, 8)))
			.isEqualTo(ProbeJudgement.Counts.AWAITS_REVIEW);
	}

	@Test
	void shouldAcceptALongWaitOnlyWithACallbackOffered() {
		assertThat(counts(this.waitOrCallback, call(LiveAgentMethod.AUDIO, CallOutcome.REACHED, 300)))
			.isEqualTo(ProbeJudgement.Counts.PASSED);
		assertThat(counts(this.waitOrCallback,
				call(LiveAgentMethod.CONSULTANT, CallOutcome.REACHED, 301).reviewed(true).withPromise()))
			.isEqualTo(ProbeJudgement.Counts.PASSED);
		assertThat(
				counts(this.waitOrCallback, call(LiveAgentMethod.CONSULTANT, CallOutcome.REACHED, 301).reviewed(true)))
			.isEqualTo(ProbeJudgement.Counts.FAILED);
		assertThat(counts(this.waitOrCallback,
				call(LiveAgentMethod.CONSULTANT, CallOutcome.REACHED, 301).reviewed(true).alternative(true)))
			.as("another alternative is not a callback")
			.isEqualTo(ProbeJudgement.Counts.FAILED);
		assertThat(counts(this.waitOrCallback, call(LiveAgentMethod.AUDIO, CallOutcome.REACHED, 301)))
			.as("whether the queue offered a callback nobody heard")
			.isEqualTo(ProbeJudgement.Counts.NOT_COUNTED);
		assertThat(counts(this.waitOrCallback, call(LiveAgentMethod.AUDIO, CallOutcome.BUSY, null)))
			.isEqualTo(ProbeJudgement.Counts.FAILED);
	}

	@Test
	void shouldCountAWrittenReplyInTheTimeTheClauseNames() {
		assertThat(
				this.emailWithinADay.judge(written(Channel.EMAIL, true, Duration.ofHours(30), Duration.ofHours(8)), NOW)
					.counts())
			.as("30 wall-clock hours, 8 of them business hours")
			.isEqualTo(ProbeJudgement.Counts.PASSED);
		assertThat(this.emailWithinADay
			.judge(written(Channel.EMAIL, true, Duration.ofHours(30), Duration.ofHours(8).plusSeconds(1)), NOW)
			.counts()).isEqualTo(ProbeJudgement.Counts.FAILED);
		assertThat(this.emailWithinADay.judge(written(Channel.EMAIL, false, null, null), NOW).counts())
			.isEqualTo(ProbeJudgement.Counts.FAILED);
		assertThat(this.emailWithinADay.judge(written(Channel.CHAT, true, Duration.ofMinutes(1), null), NOW).counts())
			.isEqualTo(ProbeJudgement.Counts.NOT_COUNTED);
		assertThat(
				this.chatWithin2Minutes.judge(written(Channel.CHAT, true, Duration.ofMinutes(2), null), NOW).counts())
			.isEqualTo(ProbeJudgement.Counts.PASSED);
		assertThat(this.chatWithin2Minutes.judge(call(LiveAgentMethod.AUDIO, CallOutcome.REACHED, 8).measurement(), NOW)
			.counts()).isEqualTo(ProbeJudgement.Counts.NOT_COUNTED);
	}

	@Test
	void shouldFailAChatThatWasOfflineOrOnlyABot() {
		Measurement offline = written(Channel.CHAT, false, null, null);
		offline = new Measurement(offline.probeId(), offline.campaignId(), offline.organisationId(),
				offline.organisationName(), offline.sector(), Channel.CHAT, offline.scenarioId(),
				ProbeOutcome.NO_RESPONSE, false, null, null, null, false, null, null, null, null, null, null, null, NOW,
				null);
		assertThat(this.chatWithin2Minutes.judge(offline, NOW).why()).isEqualTo("the chat was not available");
		Measurement bot = new Measurement(offline.probeId(), offline.campaignId(), offline.organisationId(),
				offline.organisationName(), offline.sector(), Channel.CHAT, offline.scenarioId(),
				ProbeOutcome.NO_RESPONSE, false, null, null, null, true, true, Duration.ofSeconds(3), null, null, null,
				null, null, NOW, null);
		ProbeJudgement judged = this.chatWithin2Minutes.judge(bot, NOW);
		assertThat(judged.counts()).isEqualTo(ProbeJudgement.Counts.FAILED);
		assertThat(judged.why()).isEqualTo("only a bot answered");
	}

	private static NormClause clause(ClauseType type, Duration limit, LiveAgentWithin.From from) {
		return new NormClause(type.name().toLowerCase(), "a clause", type, limit, from, null, null, 0.85, 20, "source",
				false, null);
	}

	private static ProbeJudgement.Counts counts(NormClause clause, Call call) {
		return clause.judge(call.measurement(), NOW).counts();
	}

	private static Call call(LiveAgentMethod method, CallOutcome outcome, Number secondsFromRinging) {
		Duration fromRinging = (secondsFromRinging != null)
				? Duration.ofMillis(Math.round(secondsFromRinging.doubleValue() * 1000)) : null;
		return new Call(method, outcome, fromRinging, null, null, null, null, null);
	}

	private static Measurement written(Channel channel, boolean answered, Duration wall, Duration business) {
		return new Measurement(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Bank Zuid", "Financials",
				channel, UUID.randomUUID(), answered ? ProbeOutcome.RESPONDED : ProbeOutcome.NO_RESPONSE, answered,
				wall, business, null, (channel == Channel.CHAT) ? Boolean.TRUE : null,
				(channel == Channel.CHAT) ? Boolean.FALSE : null, null, null, null, null, null, null, NOW, null);
	}

	/**
	 * A call to judge, and what its review said.
	 */
	private record Call(LiveAgentMethod method, CallOutcome outcome, Duration fromRinging, Boolean helped,
			Boolean welcome, Boolean alternative, Boolean promised, Duration callbackAfter) {

		Call reviewed(boolean helpedAndWelcomed) {
			return new Call(this.method, this.outcome, this.fromRinging, helpedAndWelcomed, helpedAndWelcomed, null,
					false, null);
		}

		Call withoutHelpRecorded() {
			return new Call(this.method, this.outcome, this.fromRinging, null, this.welcome, this.alternative,
					this.promised, this.callbackAfter);
		}

		Call welcome(boolean welcomed) {
			return new Call(this.method, this.outcome, this.fromRinging, this.helped, welcomed, this.alternative,
					this.promised, this.callbackAfter);
		}

		Call alternative(boolean offered) {
			return new Call(this.method, this.outcome, this.fromRinging, this.helped, this.welcome, offered,
					this.promised, this.callbackAfter);
		}

		Call withPromise() {
			return new Call(this.method, this.outcome, this.fromRinging, this.helped, this.welcome, this.alternative,
					true, this.callbackAfter);
		}

		Call calledBackAfter(Duration after) {
			return new Call(this.method, this.outcome, this.fromRinging, this.helped, this.welcome, this.alternative,
					this.promised, after);
		}

		Measurement measurement() {
			boolean answered = this.outcome == CallOutcome.REACHED;
			boolean reviewed = this.helped != null || this.welcome != null || this.promised != null;
			PhoneFigures phone = new PhoneFigures(this.outcome, this.method, this.outcome.connected(), null, null, null,
					this.fromRinging, this.fromRinging, false, null, 1, null, ENDED, reviewed, this.welcome,
					this.alternative, this.promised, this.callbackAfter);
			return new Measurement(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Bank Zuid", "Financials",
					Channel.PHONE, UUID.randomUUID(), answered ? ProbeOutcome.RESPONDED : ProbeOutcome.NO_RESPONSE,
					answered, this.fromRinging, null, null, null, null, null, null,
					(this.helped != null) ? (this.helped ? 1.0 : 0.0) : null, this.helped, null, null, NOW, phone);
		}

	}

}
