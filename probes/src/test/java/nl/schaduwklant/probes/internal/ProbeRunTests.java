package nl.schaduwklant.probes.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.MatchBasis;
import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.probes.TimelineEvent;
import nl.schaduwklant.probes.TimelineEventType;
import nl.schaduwklant.scheduler.AnswerKey;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.Endpoints;
import nl.schaduwklant.scheduler.OpeningHours;
import nl.schaduwklant.scheduler.ProbeDue;
import nl.schaduwklant.scheduler.ProbeScenario;
import nl.schaduwklant.scheduler.ProbeTarget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The probe lifecycle: every transition, with the instants it records.
 */
class ProbeRunTests {

	private final Instant now = Instant.parse("2026-11-23T09:00:00Z");

	private final ProbeRun run = new ProbeRun(due(), "{}", "SK-7Q2X9", "vraag", this.now);

	@Test
	void shouldWriteSendingBeforeTheContactAndStartTheDeadlineAtTheContact() {
		this.run.markSending(this.now, "node-1");
		assertThat(this.run.getState()).isEqualTo(ProbeState.SENDING);
		assertThat(this.run.getAttempts()).isEqualTo(1);
		this.run.recordContacted(contacted(this.now.plusSeconds(1)), false);
		assertThat(this.run.getState()).isEqualTo(ProbeState.AWAITING_RESPONSE);
		assertThat(this.run.getDeadlineAt()).isEqualTo(this.now.plusSeconds(1).plus(Duration.ofHours(1)));
		assertThat(types()).containsExactly(TimelineEventType.DUE, TimelineEventType.SENDING, TimelineEventType.SENT);
	}

	@Test
	void shouldNeverRetryNorReleaseAProbeWhoseIrreversibleStepWasMarked() {
		this.run.markSending(this.now, "node-1");
		assertThat(this.run.mayHaveContacted()).isFalse();
		this.run.markIrreversibleStep(this.now.plusMillis(5), 1, "node-1", "sending the question");
		this.run.markIrreversibleStep(this.now.plusMillis(9), 1, "node-1", "sending the question again");
		assertThat(this.run.mayHaveContacted()).isTrue();
		assertThat(this.run.getIrreversibleStepAt()).isEqualTo(this.now.plusMillis(5));
		assertThatIllegalStateException().isThrownBy(() -> this.run.releaseUnattempted(this.now.plusSeconds(1)));
		assertThatIllegalStateException()
			.isThrownBy(() -> this.run.recordFailed(this.now.plusSeconds(1), "crash", this.now.plusSeconds(60)));
		this.run.recordFailed(this.now.plusSeconds(1), "crash", null);
		assertThat(this.run.getState()).isEqualTo(ProbeState.FAILED);
		assertThat(types()).containsExactly(TimelineEventType.DUE, TimelineEventType.SENDING,
				TimelineEventType.IRREVERSIBLE_STEP, TimelineEventType.SEND_FAILED);
	}

	@Test
	void shouldShowAChatsEventsInTheOrderTheyHappenedAroundTheMarkOfItsQuestion() {
		this.run.markSending(this.now, "node-1");
		this.run.markIrreversibleStep(this.now.plusSeconds(3), 1, "node-1", "sending the question");
		List<TimelineEvent> chat = List.of(
				new TimelineEvent(TimelineEventType.PAGE_LOADED, this.now.plusSeconds(1), "BROWSER_CLOCK", null, null),
				new TimelineEvent(TimelineEventType.CHAT_OPENED, this.now.plusSeconds(2), "BROWSER_CLOCK", null, null),
				new TimelineEvent(TimelineEventType.SENT, this.now.plusSeconds(3).plusMillis(4), "BROWSER_CLOCK", null,
						null));
		this.run.recordCompleted(new ContactResult.Completed(this.now.plusSeconds(3).plusMillis(4), "BROWSER_CLOCK",
				"chat", null, null, chat, null, null), "{}", null);

		assertThat(types()).containsExactly(TimelineEventType.DUE, TimelineEventType.SENDING,
				TimelineEventType.PAGE_LOADED, TimelineEventType.CHAT_OPENED, TimelineEventType.IRREVERSIBLE_STEP,
				TimelineEventType.SENT);
	}

	@Test
	void shouldRefuseTheMarkOfAnAttemptThatIsNoLongerTheProbes() {
		this.run.markSending(this.now, "node-1");
		this.run.releaseUnattempted(this.now.plusSeconds(1));
		this.run.markSending(this.now.plusSeconds(2), "node-1");

		assertThatIllegalStateException()
			.isThrownBy(() -> this.run.markIrreversibleStep(this.now.plusSeconds(3), 1, "node-1", "sending"));
		assertThatIllegalStateException()
			.isThrownBy(() -> this.run.markIrreversibleStep(this.now.plusSeconds(3), 2, "node-2", "sending"));
		assertThat(this.run.mayHaveContacted()).isFalse();
		assertThat(this.run.isSendingFor(2, "node-1")).isTrue();
		assertThat(this.run.isSendingFor(1, "node-1")).isFalse();
	}

	@Test
	void shouldMakeAProbeInterruptedBeforeItsIrreversibleStepDueAgain() {
		this.run.markSending(this.now, "node-1");
		this.run.releaseUnattempted(this.now.plusSeconds(30));
		assertThat(this.run.getState()).isEqualTo(ProbeState.DUE);
		this.run.markSending(this.now.plusSeconds(31), "node-2");
		assertThat(this.run.getAttempts()).isEqualTo(2);
		assertThat(types()).containsExactly(TimelineEventType.DUE, TimelineEventType.SENDING, TimelineEventType.DUE,
				TimelineEventType.SENDING);
	}

	@Test
	void shouldTakeAnAutomaticReplyAsAcknowledgementAndOnlyAHumanOneAsAnswer() {
		awaiting();
		assertThat(this.run.recordReply(reply(true, 3))).isFalse();
		assertThat(this.run.getState()).isEqualTo(ProbeState.AWAITING_RESPONSE);
		assertThat(this.run.recordReply(reply(true, 5))).isFalse();
		assertThat(this.run.recordReply(reply(false, 600))).isTrue();
		assertThat(this.run.getState()).isEqualTo(ProbeState.RESPONDED);
		assertThat(this.run.getOutcome()).isEqualTo(ProbeOutcome.RESPONDED);
		assertThat(this.run.recordReply(reply(false, 700))).isFalse();
		assertThat(this.run.toObservation(null, null).autoAcknowledgedAt()).isEqualTo(this.now.plusSeconds(3));
		assertThat(this.run.toObservation(null, null).firstHumanReplyAt()).isEqualTo(this.now.plusSeconds(600));
		assertThat(types()).containsSubsequence(TimelineEventType.AUTO_REPLY_RECEIVED,
				TimelineEventType.FURTHER_REPLY_RECEIVED, TimelineEventType.HUMAN_REPLY_RECEIVED,
				TimelineEventType.FURTHER_REPLY_RECEIVED);
	}

	@Test
	void shouldRecordABounceAsAFindingNeitherAnAcknowledgementNorAnAnswer() {
		awaiting();
		Reply bounce = new Reply(this.now.plusSeconds(2), Clocks.IMAP_INTERNALDATE, true, "sent by MAILER-DAEMON", "",
				"", UUID.randomUUID(), true, MatchBasis.THREAD_HEADERS);
		assertThat(this.run.recordReply(bounce)).isFalse();
		assertThat(this.run.getState()).isEqualTo(ProbeState.AWAITING_RESPONSE);
		var observation = this.run.toObservation(null, null);
		assertThat(observation.addressBouncedAt()).isEqualTo(this.now.plusSeconds(2));
		assertThat(observation.autoAcknowledgedAt()).isNull();
		assertThat(observation.firstHumanReplyAt()).isNull();
		assertThat(this.run.timeline()).last().satisfies((event) -> {
			assertThat(event.type()).isEqualTo(TimelineEventType.ADDRESS_BOUNCED);
			assertThat(event.evidenceId()).isEqualTo(bounce.evidenceId());
			assertThat(event.detail()).startsWith("bounce");
		});
	}

	@Test
	void shouldKeepALateBounceOnTheTimelineOnly() {
		awaiting();
		this.run.closeAsNoResponse(this.now.plusSeconds(4000));
		this.run.recordReply(new Reply(this.now.plusSeconds(4001), Clocks.IMAP_INTERNALDATE, true, "bounce", "", "",
				UUID.randomUUID(), true, MatchBasis.THREAD_HEADERS));
		assertThat(this.run.toObservation(null, null).addressBouncedAt()).isNull();
		assertThat(this.run.timeline()).last().satisfies((event) -> {
			assertThat(event.type()).isEqualTo(TimelineEventType.ADDRESS_BOUNCED);
			assertThat(event.detail()).contains("not in its measurement");
		});
	}

	@Test
	void shouldKeepHowTheAnswerWasMatched() {
		awaiting();
		this.run.recordReply(new Reply(this.now.plusSeconds(60), Clocks.IMAP_INTERNALDATE, false, null, "tekst", "",
				UUID.randomUUID(), false, MatchBasis.SENDER_AND_SUBJECT));
		assertThat(this.run.toObservation(null, null).answerMatchBasis()).isEqualTo(MatchBasis.SENDER_AND_SUBJECT);
	}

	@Test
	void shouldNotCountAnAnswerAfterTheDeadline() {
		awaiting();
		assertThat(this.run.recordReply(reply(false, 3601))).isFalse();
		assertThat(this.run.getState()).isEqualTo(ProbeState.AWAITING_RESPONSE);
		this.run.closeAsNoResponse(this.now.plusSeconds(4000));
		assertThat(this.run.getOutcome()).isEqualTo(ProbeOutcome.NO_RESPONSE);
		assertThat(this.run.toObservation(null, null).firstHumanReplyAt()).isNull();
		assertThat(types()).contains(TimelineEventType.LATE_REPLY_RECEIVED, TimelineEventType.DEADLINE_PASSED);
	}

	@Test
	void shouldRespondAtOnceWhenTheAnswerArrivedBeforeTheContactWasRecorded() {
		this.run.markSending(this.now, "node-1");
		assertThat(this.run.recordReply(reply(false, 2))).isFalse();
		assertThat(this.run.getState()).isEqualTo(ProbeState.SENDING);
		assertThat(this.run.recordContacted(contacted(this.now.plusSeconds(1)), false)).isTrue();
		assertThat(this.run.getState()).isEqualTo(ProbeState.RESPONDED);
	}

	@Test
	void shouldRetryAFailedContactAsANewAttempt() {
		this.run.markSending(this.now, "node-1");
		this.run.recordFailed(this.now, "mailbox unavailable", this.now.plusSeconds(300));
		assertThat(this.run.getOutcome()).isEqualTo(ProbeOutcome.FAILED);
		this.run.retry(this.now.plusSeconds(300));
		assertThat(this.run.getState()).isEqualTo(ProbeState.DUE);
		assertThat(this.run.getOutcome()).isNull();
		this.run.markSending(this.now.plusSeconds(301), "node-2");
		assertThat(this.run.getAttempts()).isEqualTo(2);
	}

	@Test
	void shouldRefuseTransitionsFromTheWrongState() {
		assertThatIllegalStateException().isThrownBy(() -> this.run.closeAsNoResponse(this.now));
		assertThatIllegalStateException().isThrownBy(() -> this.run.markScored(this.now));
		awaiting();
		assertThatIllegalStateException().isThrownBy(() -> this.run.markSending(this.now, "node-1"));
		assertThatIllegalStateException().isThrownBy(() -> this.run.retry(this.now));
	}

	@Test
	void shouldKnowTheTargetsAddressAndDomainForMatching() {
		assertThat(ProbeRun.normaliseAddress(" Info@Bank-Zuid.example ")).isEqualTo("info@bank-zuid.example");
		assertThat(ProbeRun.domainOf("info@bank-zuid.example")).isEqualTo("bank-zuid.example");
		assertThat(ProbeRun.domainOf(null)).isNull();
	}

	private void awaiting() {
		this.run.markSending(this.now, "node-1");
		this.run.recordContacted(contacted(this.now), false);
	}

	private List<TimelineEventType> types() {
		return this.run.timeline().stream().map(TimelineEvent::type).toList();
	}

	private static ContactResult.Contacted contacted(Instant at) {
		return new ContactResult.Contacted(at, Clocks.PROBE_CLOCK, "Message-ID <x>", null);
	}

	private Reply reply(boolean automatic, long secondsAfterContact) {
		return new Reply(this.now.plusSeconds(secondsAfterContact), Clocks.IMAP_INTERNALDATE, automatic, null, "tekst",
				"", UUID.randomUUID());
	}

	private static ProbeDue due() {
		return new ProbeDue(UUID.randomUUID(), UUID.randomUUID(), Channel.EMAIL,
				new ProbeTarget(UUID.randomUUID(), "Bank Zuid", "Financials", new Endpoints("Info@Bank-Zuid.example"),
						OpeningHours.officeHours(), List.of()),
				new ProbeScenario(UUID.randomUUID(), "Vraag", "Vraag", "Tekst", new AnswerKey(List.of())), null,
				Duration.ofHours(1), 1.0);
	}

}
