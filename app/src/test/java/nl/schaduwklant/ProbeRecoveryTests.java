package nl.schaduwklant;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import nl.schaduwklant.probes.ChannelProbe;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.ProbeContact;
import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.probes.TimelineEventType;
import nl.schaduwklant.probes.internal.ProbeLifecycle;
import nl.schaduwklant.probes.internal.ProbeRunRepository;
import nl.schaduwklant.sandbox.GroundTruth;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.sandbox.SandboxScenario;
import nl.schaduwklant.sandbox.SimulatedOrganisation;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.Endpoints;
import nl.schaduwklant.scheduler.OpeningHours;
import nl.schaduwklant.scheduler.ProbeDue;
import nl.schaduwklant.scheduler.ProbeScenario;
import nl.schaduwklant.scheduler.ProbeTarget;
import nl.schaduwklant.scoring.Measurements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What happens to a probe when its node crashes or its mailbox fails: it is checked,
 * never blindly repeated, and our failures are never counted against the organisation.
 */
@SchaduwklantTest
class ProbeRecoveryTests {

	private static final Duration A_WHILE = Duration.ofSeconds(30);

	@Autowired
	private ProbeLifecycle lifecycle;

	@Autowired
	private ProbeRunRepository repository;

	@Autowired
	private ProbeRuns probes;

	@Autowired
	private ChannelProbe emailProbe;

	@Autowired
	private GroundTruth truth;

	@Autowired
	private Measurements measurements;

	@Test
	void shouldReconcileAProbeSentJustBeforeACrashFromTheSentFolderWithoutSendingItAgain() {
		UUID id = planned(organisation("hosting-wolk"));
		ProbeContact planned = this.lifecycle.contactFor(id);
		ProbeContact firstAttempt = new ProbeContact(id, planned.token(), planned.channel(), planned.target(),
				planned.scenario(), 1, planned.replyDeadline());
		// the node wrote SENDING and sent the mystery e-mail, then died before it could
		// record that
		assertThat(this.emailProbe.contact(firstAttempt)).isInstanceOf(ContactResult.Contacted.class);
		assertThat(this.lifecycle.claim(id)).hasValue(firstAttempt);

		await().atMost(A_WHILE).until(() -> this.probes.get(id).state() != ProbeState.SENDING);
		ProbeSummary probe = this.probes.get(id);
		assertThat(probe.timeline()).extracting((event) -> event.type())
			.containsSubsequence(TimelineEventType.SENDING, TimelineEventType.SENT_RECONCILED);
		assertThat(probe.attempts()).isEqualTo(1);

		await().atMost(A_WHILE).until(() -> this.probes.get(id).state() == ProbeState.SCORED);
		assertThat(this.probes.get(id).outcome()).isEqualTo(ProbeOutcome.RESPONDED);
		assertThat(this.truth.all()).filteredOn((received) -> received.token().equals(probe.token())).hasSize(1);
	}

	@Test
	void shouldFlagAProbeThatMayNotHaveBeenSentForReviewAndNeverSendIt() {
		UUID id = plannedAndClaimed(organisation("webwinkel-bolder"));
		String token = this.probes.get(id).token();
		// the node dies after writing SENDING, before sending anything

		await().atMost(A_WHILE).until(() -> this.probes.get(id).state() == ProbeState.NEEDS_REVIEW);
		ProbeSummary probe = this.probes.get(id);
		assertThat(probe.problem()).contains("is not in folder Sent");
		assertThat(probe.attempts()).isEqualTo(1);
		assertThat(this.probes.needingReview()).extracting(ProbeSummary::id).contains(id);
		assertThat(this.truth.forToken(token)).as("nothing was sent to the organisation").isEmpty();
		assertThat(this.measurements.forProbe(id)).isEmpty();
	}

	@Test
	void shouldRetryAProbeThatFailedOnOurSideAndCountOnlyTheContactThatWasMade() {
		UUID id = plannedAndClaimed(organisation("hosting-wolk"));
		this.lifecycle.record(id, new ContactResult.Failed("the SMTP server refused the mailbox login", true), false);
		assertThat(this.probes.get(id).state()).isEqualTo(ProbeState.FAILED);
		await().atMost(A_WHILE).until(() -> this.probes.get(id).state() != ProbeState.FAILED);

		await().atMost(A_WHILE).until(() -> this.probes.get(id).state() == ProbeState.SCORED);
		ProbeSummary probe = this.probes.get(id);
		assertThat(probe.attempts()).isEqualTo(2);
		assertThat(probe.outcome()).isEqualTo(ProbeOutcome.RESPONDED);
		assertThat(probe.timeline()).extracting((event) -> event.type())
			.containsSubsequence(TimelineEventType.SEND_FAILED, TimelineEventType.RETRY_SCHEDULED,
					TimelineEventType.DUE, TimelineEventType.SENDING, TimelineEventType.SENT);
		assertThat(this.truth.all()).filteredOn((received) -> received.token().equals(probe.token())).hasSize(1);
		assertThat(this.measurements.forProbe(id)).hasValueSatisfying((measurement) -> {
			assertThat(measurement.answered()).isTrue();
			assertThat(measurement.outcome()).isEqualTo(ProbeOutcome.RESPONDED);
		});
	}

	@Test
	void shouldNeverCountAFinalFailureAgainstTheOrganisation() {
		UUID id = plannedAndClaimed(organisation("bank-zuid"));
		this.lifecycle.record(id, new ContactResult.Failed("the SMTP server refused the message (550)", false), false);
		ProbeSummary probe = this.probes.get(id);
		assertThat(probe.state()).isEqualTo(ProbeState.FAILED);
		assertThat(probe.outcome()).isEqualTo(ProbeOutcome.FAILED);
		assertThat(probe.problem()).contains("550");
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.probes.get(id).state() == ProbeState.FAILED);
		assertThat(this.measurements.forProbe(id)).isEmpty();
		assertThat(this.probes.progress(probe.campaignId()).settled()).isEqualTo(1);
	}

	private UUID plannedAndClaimed(SimulatedOrganisation organisation) {
		UUID id = planned(organisation);
		assertThat(this.lifecycle.claim(id)).isPresent();
		return id;
	}

	private UUID planned(SimulatedOrganisation organisation) {
		SandboxScenario scenario = SandboxCatalogue.scenarios().get(0);
		var due = new ProbeDue(UUID.randomUUID(), UUID.randomUUID(), Channel.EMAIL,
				new ProbeTarget(UUID.randomUUID(), organisation.name(), organisation.sector(),
						new Endpoints(organisation.address()), OpeningHours.officeHours(), organisation.allowList()),
				new ProbeScenario(UUID.randomUUID(), scenario.title(), scenario.subject(), scenario.body(),
						scenario.answerKey()),
				Instant.now().plus(Duration.ofDays(365)), Duration.ofSeconds(20), 1.0);
		this.lifecycle.plan(due);
		return this.repository.findBySlotId(due.slotId()).orElseThrow().getId();
	}

	private static SimulatedOrganisation organisation(String key) {
		return SandboxCatalogue.organisations()
			.stream()
			.filter((organisation) -> organisation.key().equals(key))
			.findFirst()
			.orElseThrow();
	}

}
