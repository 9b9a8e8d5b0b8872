package nl.schaduwklant;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import nl.schaduwklant.probes.ChannelProbe;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.IrreversibleStep;
import nl.schaduwklant.probes.ProbeContact;
import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.probes.TimelineEventType;
import nl.schaduwklant.probes.internal.ProbeLifecycle;
import nl.schaduwklant.probes.internal.ProbeRunRepository;
import nl.schaduwklant.sandbox.ChatGroundTruth;
import nl.schaduwklant.sandbox.ContactKind;
import nl.schaduwklant.sandbox.Contacts;
import nl.schaduwklant.sandbox.GroundTruth;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.sandbox.SandboxScenario;
import nl.schaduwklant.sandbox.SandboxSites;
import nl.schaduwklant.sandbox.SimulatedOrganisation;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.Endpoints;
import nl.schaduwklant.scheduler.OpeningHours;
import nl.schaduwklant.scheduler.ProbeDue;
import nl.schaduwklant.scheduler.ProbeScenario;
import nl.schaduwklant.scheduler.ProbeTarget;
import nl.schaduwklant.scoring.Measurements;
import nl.schaduwklant.scoring.review.InvalidReviewDecision;
import nl.schaduwklant.scoring.review.ReviewAction;
import nl.schaduwklant.scoring.review.ReviewDecision;
import nl.schaduwklant.scoring.review.ReviewItem;
import nl.schaduwklant.scoring.review.ReviewQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What happens to a probe when its node crashes or its mailbox fails: it is checked,
 * never blindly repeated, and our failures are never counted against the organisation.
 */
@SchaduwklantTest
class ProbeRecoveryTests {

	private static final Duration A_WHILE = Duration.ofSeconds(90);

	@Autowired
	private ReviewQueue reviews;

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

	@Autowired
	private ChatGroundTruth chats;

	@Autowired
	private SandboxSites sites;

	@Autowired
	private Contacts contacts;

	@Autowired
	private TransactionTemplate transactions;

	/** For a contact that the probes core already marked, as after a crash. */
	private static final class AlreadyMarked implements IrreversibleStep {

		@Override
		public void mark(String what) {
		}

		@Override
		public boolean marked() {
			return true;
		}

	}

	@Test
	void shouldReconcileAProbeSentJustBeforeACrashFromTheSentFolderWithoutSendingItAgain() {
		// an organisation that answers after 10 to 16 s: after the claim below, before
		// the
		// 20 s deadline
		UUID id = planned(organisation("spaarbank-noord"));
		ProbeContact planned = this.lifecycle.contactFor(id);
		ProbeContact firstAttempt = new ProbeContact(id, planned.token(), planned.channel(), planned.target(),
				planned.scenario(), 1, planned.replyDeadline());
		// the node wrote SENDING, marked the irreversible step and sent the mystery
		// e-mail, then died before it could record that
		assertThat(this.emailProbe.contact(firstAttempt, new AlreadyMarked()))
			.isInstanceOf(ContactResult.Contacted.class);
		assertThat(claimedAndMarked(id)).hasValue(firstAttempt);

		await().atMost(A_WHILE).until(() -> this.probes.get(id).state() != ProbeState.SENDING);
		ProbeSummary probe = this.probes.get(id);
		assertThat(probe.timeline()).extracting((event) -> event.type())
			.containsSubsequence(TimelineEventType.SENDING, TimelineEventType.SENT_RECONCILED);
		assertThat(probe.attempts()).isEqualTo(1);

		await().atMost(A_WHILE).until(() -> this.probes.get(id).state() == ProbeState.SCORED);
		assertThat(this.probes.get(id).outcome()).isEqualTo(ProbeOutcome.RESPONDED);
		assertThat(this.truth.all()).filteredOn((received) -> received.token().equals(probe.token())).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(value = Channel.class, names = { "EMAIL", "CHAT", "CONTACT_FORM", "PHONE" })
	void shouldFlagAProbeHaltedRightAfterItsIrreversibleStepForReviewAndNeverContactAgain(Channel channel) {
		SimulatedOrganisation organisation = withChannel(channel);
		UUID id = planned(organisation, channel);
		String token = this.probes.get(id).token();
		// the node marks the irreversible step, then dies before it can attempt it
		assertThat(claimedAndMarked(id)).isPresent();

		await().atMost(A_WHILE).until(() -> this.probes.get(id).state() == ProbeState.NEEDS_REVIEW);
		ProbeSummary probe = this.probes.get(id);
		assertThat(probe.attempts()).as("never tried again").isEqualTo(1);
		assertThat(probe.timeline()).extracting((event) -> event.type())
			.containsSubsequence(TimelineEventType.SENDING, TimelineEventType.IRREVERSIBLE_STEP,
					TimelineEventType.FLAGGED_FOR_REVIEW)
			.doesNotContain(TimelineEventType.RETRY_SCHEDULED);
		assertThat(this.probes.needingReview()).extracting(ProbeSummary::id).contains(id);
		assertThat(this.truth.forToken(token)).as("no e-mail or form reached the organisation").isEmpty();
		assertThat(this.chats.forToken(token).map((chat) -> chat.askedAt())).as("no question was asked").isEmpty();
		assertThat(this.measurements.forProbe(id)).isEmpty();
		assertThat(this.contacts.count(ContactKind.CALL, id.toString())).as("no call was placed").isZero();
		if (channel == Channel.EMAIL) {
			assertThat(probe.problem()).contains("is not in folder Sent");
		}
		if (channel == Channel.PHONE) {
			assertThat(probe.problem()).contains("no callback about it arrived");
		}
		// a consultant checks with the organisation and decides; the probe leaves the
		// queue
		assertThat(this.reviews.open(probe.campaignId())).extracting(ReviewItem::probeId).contains(id);
		boolean phone = channel == Channel.PHONE;
		this.reviews.decide(
				new ReviewDecision(phone ? ReviewAction.CONTACTED : ReviewAction.NOT_CONTACTED, id, null,
						phone ? "answered" : null, phone ? "false" : null, "checked with the organisation"),
				"reviewer");
		assertThat(this.reviews.open(probe.campaignId())).extracting(ReviewItem::probeId).doesNotContain(id);
		if (phone) {
			assertThat(this.measurements.forProbe(id)).hasValueSatisfying(
					(measurement) -> assertThat(measurement.answered()).as("measured: nobody answered").isFalse());
		}
		else {
			assertThat(this.reviews.notContacted()).contains(id);
			assertThat(this.measurements.forProbe(id)).as("never counted").isEmpty();
		}
		assertThatThrownBy(() -> this.reviews
			.decide(new ReviewDecision(ReviewAction.NOT_CONTACTED, id, null, null, null, "twice"), "reviewer"))
			.as("decided once")
			.isInstanceOf(InvalidReviewDecision.class);
	}

	@Test
	void shouldMakeAProbeHaltedBeforeItsIrreversibleStepDueAgainAndContactTheOrganisationOnce() {
		UUID id = plannedAndClaimed(organisation("webwinkel-bolder"));
		String token = this.probes.get(id).token();
		// the node dies after writing SENDING, before marking the irreversible step

		await().atMost(A_WHILE).until(() -> this.probes.get(id).state() == ProbeState.SCORED);
		ProbeSummary probe = this.probes.get(id);
		assertThat(probe.attempts()).isEqualTo(2);
		assertThat(probe.timeline()).extracting((event) -> event.type())
			.containsSubsequence(TimelineEventType.SENDING, TimelineEventType.DUE, TimelineEventType.SENDING,
					TimelineEventType.IRREVERSIBLE_STEP, TimelineEventType.SENT);
		assertThat(this.truth.all()).as("contacted exactly once")
			.filteredOn((received) -> received.token().equals(token))
			.hasSize(1);
	}

	@Test
	void shouldNeverRetryAFailureAfterTheIrreversibleStepWhateverTheChannelSays() {
		UUID id = planned(organisation("bank-zuid"), Channel.EMAIL);
		this.transactions.executeWithoutResult((status) -> {
			assertThat(this.lifecycle.claim(id)).isPresent();
			this.lifecycle.markIrreversibleStep(id, 1, "the step under test");
			this.lifecycle.record(id, new ContactResult.Failed("the connection broke", true), false);
		});

		ProbeSummary probe = this.probes.get(id);
		assertThat(probe.state()).isEqualTo(ProbeState.FAILED);
		assertThat(probe.problem()).contains("the connection broke").contains("not tried again");
		assertThat(probe.timeline()).extracting((event) -> event.type())
			.doesNotContain(TimelineEventType.RETRY_SCHEDULED);
		assertThat(this.repository.findById(id).orElseThrow().getIrreversibleStepAt()).isNotNull();
		assertThat(this.lifecycle.retryFailed()).as("nothing to retry").isZero();
		assertThat(this.probes.get(id).state()).isEqualTo(ProbeState.FAILED);
	}

	@Test
	void shouldRetryAProbeThatFailedOnOurSideAndCountOnlyTheContactThatWasMade() {
		UUID id = plannedClaimedAndRecorded(organisation("hosting-wolk"),
				new ContactResult.Failed("the SMTP server refused the mailbox login", true));
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
		UUID id = plannedClaimedAndRecorded(organisation("bank-zuid"),
				new ContactResult.Failed("the SMTP server refused the message (550)", false));
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

	private java.util.Optional<ProbeContact> claimedAndMarked(UUID id) {
		return this.transactions.execute((status) -> {
			var contact = this.lifecycle.claim(id);
			this.lifecycle.markIrreversibleStep(id, 1, "the step under test");
			return contact;
		});
	}

	private SimulatedOrganisation withChannel(Channel channel) {
		return SandboxCatalogue.organisations().stream().filter((organisation) -> switch (channel) {
			case EMAIL -> true;
			case CHAT -> this.sites.endpointsOf(organisation).chat() != null;
			case CONTACT_FORM -> this.sites.endpointsOf(organisation).contactForm() != null;
			case PHONE -> this.sites.endpointsOf(organisation).phone() != null;
			default -> false;
		}).findFirst().orElseThrow();
	}

	/**
	 * Claims and records in one transaction, so the sweeper cannot take the probe for one
	 * left in SENDING by a crash in between.
	 */
	private UUID plannedClaimedAndRecorded(SimulatedOrganisation organisation, ContactResult result) {
		UUID id = planned(organisation);
		this.transactions.executeWithoutResult((status) -> {
			assertThat(this.lifecycle.claim(id)).isPresent();
			this.lifecycle.record(id, result, false);
		});
		return id;
	}

	private UUID plannedAndClaimed(SimulatedOrganisation organisation) {
		UUID id = planned(organisation);
		assertThat(this.lifecycle.claim(id)).isPresent();
		return id;
	}

	private UUID planned(SimulatedOrganisation organisation) {
		return planned(organisation, Channel.EMAIL);
	}

	private UUID planned(SimulatedOrganisation organisation, Channel channel) {
		SandboxScenario scenario = SandboxCatalogue.scenarios().get(0);
		Endpoints endpoints = (channel == Channel.EMAIL) ? new Endpoints(organisation.address())
				: this.sites.endpointsOf(organisation);
		var due = new ProbeDue(UUID.randomUUID(), UUID.randomUUID(), channel,
				new ProbeTarget(UUID.randomUUID(), organisation.name(), organisation.sector(), endpoints,
						OpeningHours.officeHours(), organisation.allowList()),
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
