package nl.schaduwklant;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schaduwklant.probes.EvidenceKind;
import nl.schaduwklant.probes.EvidenceRef;
import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.probes.TimelineEventType;
import nl.schaduwklant.sandbox.GroundTruth;
import nl.schaduwklant.sandbox.ReplyTruth;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.sandbox.SimulatedOrganisation;
import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.Measurement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A contact-form campaign: every simulated organisation with a web form gets the question
 * through its form in real headless Chromium, answers by e-mail to the mystery mailbox,
 * and the answer is matched and measured from the moment the form was submitted. A form
 * behind a CAPTCHA is reported as blocked, never solved.
 */
@SchaduwklantTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactFormCampaignTests {

	private static final Duration ONE_SECOND = Duration.ofSeconds(1);

	@Autowired
	private CampaignRunner runner;

	@Autowired
	private ProbeRuns probes;

	@Autowired
	private EvidenceStore evidence;

	@Autowired
	private GroundTruth truth;

	private List<SimulatedOrganisation> withForm;

	private Map<String, ProbeSummary> probed;

	private Map<UUID, Measurement> measured;

	@BeforeAll
	void runCampaign() {
		this.withForm = SandboxCatalogue.organisations()
			.stream()
			.filter((organisation) -> organisation.form() != null)
			.toList();
		CampaignDetails campaign = this.runner.start("Formulieren " + getClass().getSimpleName(), this.withForm,
				List.of(SandboxCatalogue.scenarios().get(0)), Set.of(Channel.CONTACT_FORM), Duration.ofSeconds(15));
		this.runner.awaitSettled(campaign, Duration.ofSeconds(120));
		this.probed = this.runner.probesByOrganisation(campaign);
		this.measured = this.runner.measurementsByProbe(campaign);
	}

	@Test
	void shouldSubmitEachFormOnceAndMeasureTheAnswerByEmailFromTheSubmission() {
		List<SimulatedOrganisation> open = this.withForm.stream()
			.filter((organisation) -> !organisation.form().captcha())
			.toList();
		assertThat(open).hasSizeGreaterThanOrEqualTo(3);
		for (SimulatedOrganisation organisation : open) {
			ProbeSummary probe = this.probed.get(organisation.name());
			ReplyTruth truth = this.truth.forToken(probe.token()).orElseThrow();
			Measurement measurement = this.measured.get(probe.id());
			assertThat(probe.channel()).isEqualTo(Channel.CONTACT_FORM);
			assertThat(probe.state()).as("state of %s (%s)", organisation.key(), probe.problem())
				.isEqualTo(ProbeState.SCORED);
			assertThat(probe.attempts()).isEqualTo(1);
			assertThat(probe.contactedAt()).as("submission of %s", organisation.key())
				.isCloseTo(truth.receivedAt(), within(Duration.ofMillis(250)));
			assertThat(probe.timeline()).filteredOn((event) -> event.type() == TimelineEventType.SENT)
				.singleElement()
				.satisfies((sent) -> assertThat(sent.detail()).contains("form submitted on", "confirmation:"));
			assertThat(probe.outcome()).isEqualTo(truth.answered() ? ProbeOutcome.RESPONDED : ProbeOutcome.NO_RESPONSE);
			assertThat(measurement.answered()).isEqualTo(truth.answered());
			if (truth.answered()) {
				assertThat(measurement.timeToFirstHumanReply()).as("time to reply of %s", organisation.key())
					.isCloseTo(Duration.between(truth.receivedAt(), truth.answeredAt()), ONE_SECOND);
				assertThat(measurement.factsFound()).containsExactlyInAnyOrderElementsOf(truth.factsIncluded());
			}
			if (truth.acknowledgedAt() != null) {
				assertThat(measurement.timeToAutoAcknowledgement())
					.isCloseTo(Duration.between(truth.receivedAt(), truth.acknowledgedAt()), ONE_SECOND);
			}
			assertThat(evidenceOf(probe, EvidenceKind.SCREENSHOT)).as("the confirmation of %s", organisation.key())
				.isNotEmpty();
		}
		assertThat(open).as("some answer, some do not")
			.anySatisfy((organisation) -> assertThat(this.probed.get(organisation.name()).outcome())
				.isEqualTo(ProbeOutcome.RESPONDED))
			.anySatisfy((organisation) -> assertThat(this.probed.get(organisation.name()).outcome())
				.isEqualTo(ProbeOutcome.NO_RESPONSE));
	}

	@Test
	void shouldReportAFormBehindACaptchaAsBlockedAndNeverSubmitIt() {
		SimulatedOrganisation guarded = this.withForm.stream()
			.filter((organisation) -> organisation.form().captcha())
			.findFirst()
			.orElseThrow();
		ProbeSummary probe = this.probed.get(guarded.name());
		assertThat(probe.state()).isEqualTo(ProbeState.FAILED);
		assertThat(probe.attempts()).as("a CAPTCHA is not tried again").isEqualTo(1);
		assertThat(probe.problem()).contains("blocked by a CAPTCHA", "never solved");
		assertThat(this.truth.forToken(probe.token())).as("the organisation never received the form").isEmpty();
		assertThat(this.measured).doesNotContainKey(probe.id());
		assertThat(evidenceOf(probe, EvidenceKind.SCREENSHOT)).isNotEmpty();
		assertThat(evidenceOf(probe, EvidenceKind.PAGE_HTML)).isNotEmpty();
	}

	private List<EvidenceRef> evidenceOf(ProbeSummary probe, EvidenceKind kind) {
		return this.evidence.forProbe(probe.id()).stream().filter((ref) -> ref.kind() == kind).toList();
	}

}
