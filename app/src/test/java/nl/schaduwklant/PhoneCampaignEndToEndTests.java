package nl.schaduwklant;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schaduwklant.probes.CallInspector;
import nl.schaduwklant.probes.CallOutcome;
import nl.schaduwklant.probes.EvidenceKind;
import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.LiveAgentMethod;
import nl.schaduwklant.probes.PhoneCall;
import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.probes.TimelineEventType;
import nl.schaduwklant.sandbox.ContactKind;
import nl.schaduwklant.sandbox.Contacts;
import nl.schaduwklant.sandbox.PhoneBehaviour;
import nl.schaduwklant.sandbox.PhoneGroundTruth;
import nl.schaduwklant.sandbox.PhoneTruth;
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
 * A phone campaign against every simulated organisation, through the real Twilio SDK to
 * the sandbox's Twilio emulator, which fetches our TwiML, posts signed status callbacks
 * and streams each organisation's audio over a real WebSocket to our Media Streams
 * endpoint; compared with what the emulator really did.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PhoneCampaignEndToEndTests {

	/** How far the live agent found may be from where the organisation's agent spoke. */
	private static final double HALF_A_SECOND = 0.5;

	@Autowired
	private CampaignRunner runner;

	@Autowired
	private PhoneGroundTruth truth;

	@Autowired
	private Contacts contacts;

	@Autowired
	private EvidenceStore evidence;

	private CampaignDetails campaign;

	private Map<String, ProbeSummary> probed;

	private Map<UUID, Measurement> measured;

	@BeforeAll
	void runCampaign() {
		this.campaign = this.runner.start("Telefoon " + getClass().getSimpleName(), SandboxCatalogue.organisations(),
				List.of(SandboxCatalogue.scenarios().get(0)), Set.of(Channel.PHONE), Duration.ofSeconds(50));
		this.runner.awaitSettled(this.campaign, Duration.ofMinutes(3));
		this.probed = this.runner.probesByOrganisation(this.campaign);
		this.measured = this.runner.measurementsByProbe(this.campaign);
	}

	@Test
	void shouldCallEveryOrganisationExactlyOnce() {
		assertThat(this.campaign.plannedProbes()).isEqualTo(SandboxCatalogue.organisations().size());
		for (SimulatedOrganisation organisation : SandboxCatalogue.organisations()) {
			ProbeSummary probe = probeOf(organisation);
			assertThat(this.contacts.count(ContactKind.CALL, probe.id().toString()))
				.as("calls placed to %s", organisation.key())
				.isEqualTo(1);
			assertThat(probe.attempts()).isEqualTo(1);
			assertThat(probe.state()).as("state of %s (%s)", organisation.key(), probe.problem())
				.isEqualTo(ProbeState.SCORED);
			assertThat(this.measured).containsKey(probe.id());
		}
	}

	@Test
	void shouldFindTheLiveAgentWithinHalfASecondOfWhenThePersonSpoke() {
		List<SimulatedOrganisation> answering = SandboxCatalogue.organisations()
			.stream()
			.filter((organisation) -> organisation.phoneLine().hasAgent())
			.toList();
		assertThat(answering).hasSizeGreaterThanOrEqualTo(15);
		for (SimulatedOrganisation organisation : answering) {
			ProbeSummary probe = probeOf(organisation);
			PhoneCall call = probe.call();
			PhoneTruth truth = truthOf(call);
			assertThat(call.outcome()).as("outcome of %s", organisation.key()).isEqualTo(CallOutcome.REACHED);
			assertThat(probe.outcome()).isEqualTo(ProbeOutcome.RESPONDED);
			assertThat(call.method()).isEqualTo(LiveAgentMethod.AUDIO);
			assertThat(call.liveAgentAudioSeconds()).as("live agent of %s on the audio", organisation.key())
				.isCloseTo(truth.liveAgentAt(), within(HALF_A_SECOND));
			// on our clock: the stream's start as received, plus the second of the audio;
			// the
			// conversion's own error is the start message's latency
			assertThat(Duration.between(truth.streamStartedAt(), call.streamStartedAt()).abs())
				.as("stream start of %s on our clock", organisation.key())
				.isLessThan(Duration.ofMillis(200));
			assertThat(call.liveAgentAt())
				.isEqualTo(call.streamStartedAt().plusMillis(Math.round(call.liveAgentAudioSeconds() * 1000)));
			assertThat(Duration.between(truth.ringingAt(), call.ringingAt()).abs()).isLessThan(Duration.ofMillis(500));
			assertThat(call.doubtful()).isFalse();
			Measurement measurement = this.measured.get(probe.id());
			assertThat(measurement.phone().timeToLiveAgentFromRinging()).isEqualTo(call.timeToLiveAgentFromRinging());
			assertThat(measurement.timeToFirstHumanReply()).isEqualTo(call.timeToLiveAgentFromRinging());
			Duration trueWait = Duration.between(truth.ringingAt(), truth.liveAgentSentAt());
			if (trueWait.minus(Duration.ofSeconds(15)).abs().compareTo(Duration.ofMillis(500)) > 0) {
				assertThat(measurement.phone().liveAgentWithin(Duration.ofSeconds(15)))
					.as("%s answered within 15 s (truly after %s)", organisation.key(), trueWait)
					.isEqualTo(trueWait.compareTo(Duration.ofSeconds(15)) <= 0);
			}
			assertThat(measurement.language()).as("a spoken answer is not judged as text").isNull();
		}
	}

	@Test
	void shouldPutTheQuestionToThePersonOnlyOnceTheyHaveAnswered() {
		for (SimulatedOrganisation organisation : SandboxCatalogue.organisations()) {
			PhoneCall call = probeOf(organisation).call();
			PhoneTruth truth = truthOf(call);
			if (organisation.phoneLine().hasAgent()) {
				assertThat(truth.questionHeardAt()).as("question to %s", organisation.key()).isNotNull();
				assertThat(truth.questionHeardAt()).isGreaterThan(truth.liveAgentAt());
				assertThat(call.questionAskedAt()).isNotNull();
			}
			else {
				assertThat(truth.questionHeardAt()).as("no question to a recording of %s", organisation.key()).isNull();
				assertThat(call.questionAskedAt()).isNull();
			}
		}
	}

	@Test
	void shouldNeverTakeAnAnnouncementOrClosedMessageForAPerson() {
		for (SimulatedOrganisation organisation : SandboxCatalogue.organisations()) {
			PhoneBehaviour line = organisation.phoneLine();
			PhoneCall call = probeOf(organisation).call();
			CallOutcome expected = switch (line.line()) {
				case BUSY -> CallOutcome.BUSY;
				case NO_ANSWER -> CallOutcome.NO_ANSWER;
				case NOT_CONNECTED -> CallOutcome.NOT_CONNECTED;
				case ANSWERS -> line.hasAgent() ? CallOutcome.REACHED
						: (line.closedMessage() != null) ? CallOutcome.NO_AGENT : CallOutcome.ABANDONED;
			};
			assertThat(call.outcome()).as("outcome of %s", organisation.key()).isEqualTo(expected);
			if (!line.hasAgent()) {
				assertThat(call.liveAgentAt()).isNull();
				assertThat(probeOf(organisation).outcome()).isEqualTo(ProbeOutcome.NO_RESPONSE);
				assertThat(this.measured.get(probeOf(organisation).id()).answered()).isFalse();
			}
			assertThat(this.measured.get(probeOf(organisation).id()).phone().connected())
				.isEqualTo(expected.connected());
		}
		assertThat(SandboxCatalogue.organisations()).extracting((organisation) -> organisation.phoneLine().line())
			.contains(PhoneBehaviour.Line.BUSY, PhoneBehaviour.Line.NO_ANSWER);
	}

	@Test
	void shouldKeepTheAudioAsEvidenceThatGivesTheSameVerdictWhenInspected() throws Exception {
		for (SimulatedOrganisation organisation : SandboxCatalogue.organisations()) {
			ProbeSummary probe = probeOf(organisation);
			PhoneCall call = probe.call();
			if (!call.outcome().connected()) {
				assertThat(call.audioEvidenceId()).isNull();
				continue;
			}
			byte[] wav = this.evidence.load(call.audioEvidenceId()).content();
			assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(wav)))
				.isEqualTo(call.audioSha256());
			var inspection = new CallInspector().inspect(new ByteArrayInputStream(wav), call.menuUntil());
			assertThat(inspection.liveAgentAt()).as("inspect-call on the audio of %s", organisation.key())
				.isEqualTo(call.liveAgentAudioSeconds());
			assertThat(this.evidence.forProbe(probe.id())).extracting((ref) -> ref.kind())
				.contains(EvidenceKind.CALL_AUDIO, EvidenceKind.CALL_EVENT, EvidenceKind.TWIML);
			assertThat(probe.timeline()).extracting((event) -> event.type())
				.contains(TimelineEventType.IRREVERSIBLE_STEP, TimelineEventType.CALL_REQUESTED,
						TimelineEventType.CALL_CONNECTED, TimelineEventType.STREAM_STARTED,
						TimelineEventType.CALL_ENDED);
		}
	}

	private ProbeSummary probeOf(SimulatedOrganisation organisation) {
		ProbeSummary probe = this.probed.get(organisation.name());
		assertThat(probe).as("probe of %s", organisation.key()).isNotNull();
		assertThat(probe.call()).as("call of %s (%s)", organisation.key(), probe.problem()).isNotNull();
		return probe;
	}

	private PhoneTruth truthOf(PhoneCall call) {
		return this.truth.forCall(call.callSid()).orElseThrow(() -> new AssertionError("no truth of " + call));
	}

}
