package nl.schaduwklant;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schaduwklant.probes.CallMark;
import nl.schaduwklant.probes.CallOutcome;
import nl.schaduwklant.probes.EvidenceKind;
import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.LiveAgentMethod;
import nl.schaduwklant.probes.PhoneCall;
import nl.schaduwklant.probes.PhoneCallback;
import nl.schaduwklant.probes.PhoneCallbacks;
import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.probes.TimelineEvent;
import nl.schaduwklant.probes.TimelineEventType;
import nl.schaduwklant.sandbox.ContactKind;
import nl.schaduwklant.sandbox.Contacts;
import nl.schaduwklant.sandbox.PhoneGroundTruth;
import nl.schaduwklant.sandbox.PhoneTruth;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.sandbox.SimulatedOrganisation;
import nl.schaduwklant.sandbox.phone.EmulatorSettings;
import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.Measurement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Consultant-assisted calls against the sandbox: the platform rings the sandbox's
 * consultant through the real Twilio SDK, the emulator bridges them to the organisation
 * ({@code <Dial>}) and streams the organisation's side, and the consultant marks through
 * the API when a person answers (or that nobody will) and reviews the call afterwards;
 * compared with what the emulator and its consultant really did.
 */
@SchaduwklantTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsultantCallTests {

	/** The sandbox consultant's reaction time, in the call's time. */
	private static final Duration REACTION = Duration.ofMillis(400);

	private static final List<String> ORGANISATIONS = List.of("verzekeraar-delta", "pensioenfonds-horizon",
			"hypotheekhuis-oost", "kabelnet-west", "gemeente-heuvelrug");

	@Autowired
	private CampaignRunner runner;

	@Autowired
	private PhoneGroundTruth truth;

	@Autowired
	private Contacts contacts;

	@Autowired
	private EvidenceStore evidence;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PhoneCallbacks callbacks;

	private CampaignDetails campaign;

	private Map<String, ProbeSummary> probed;

	private Map<UUID, Measurement> measured;

	@BeforeAll
	void runCampaign() {
		List<UUID> organisations = ORGANISATIONS.stream().map(this::organisation).map(this.runner::register).toList();
		this.campaign = this.runner.start("Consultant " + Instant.now(), organisations,
				List.of(SandboxCatalogue.scenarios().get(0)), Set.of(Channel.PHONE), Duration.ofSeconds(30),
				EmulatorSettings.CONSULTANT);
		this.runner.awaitSettled(this.campaign, Duration.ofMinutes(4));
		this.probed = this.runner.probesByOrganisation(this.campaign);
		this.measured = this.runner.measurementsByProbe(this.campaign);
	}

	@Test
	void shouldCallEveryOrganisationOnceThroughTheConsultant() {
		assertThat(this.campaign.consultantNumber()).isEqualTo(EmulatorSettings.CONSULTANT);
		for (String key : ORGANISATIONS) {
			ProbeSummary probe = probeOf(key);
			assertThat(this.contacts.count(ContactKind.CALL, probe.id().toString())).as("calls to %s", key)
				.isEqualTo(1);
			assertThat(probe.state()).as("state of %s (%s)", key, probe.problem()).isEqualTo(ProbeState.SCORED);
			assertThat(probe.call().method()).isEqualTo(LiveAgentMethod.CONSULTANT);
			assertThat(probe.call().consultantNumber()).isEqualTo(EmulatorSettings.CONSULTANT);
		}
	}

	@Test
	void shouldTimeTheLiveAgentByTheConsultantsMark() {
		for (String key : List.of("verzekeraar-delta", "pensioenfonds-horizon", "gemeente-heuvelrug")) {
			ProbeSummary probe = probeOf(key);
			PhoneCall call = probe.call();
			PhoneTruth truth = truthOf(call);
			assertThat(call.outcome()).as("outcome of %s", key).isEqualTo(CallOutcome.REACHED);
			assertThat(probe.outcome()).isEqualTo(ProbeOutcome.RESPONDED);
			assertThat(call.doubtful()).isFalse();
			// the mark reaches us after the person spoke: the consultant's reaction, then
			// the page's request
			Duration late = Duration.between(truth.liveAgentSentAt(), call.liveAgentAt());
			assertThat(late).as("mark of %s after the person spoke", key)
				.isGreaterThanOrEqualTo(REACTION.minusMillis(100))
				.isLessThan(Duration.ofSeconds(3));
			assertThat(call.liveAgentAudioSeconds()).as("the mark on the audio of %s", key)
				.isCloseTo(truth.liveAgentAt() + late.toMillis() / 1000.0, within(0.5));
			assertThat(call.ringingAt()).isNotNull();
			assertThat(Duration.between(truth.ringingAt(), call.ringingAt()).abs()).isLessThan(Duration.ofMillis(500));
			assertThat(call.review()).isNotNull();
			assertThat(call.review().helped()).isTrue();
			Measurement measurement = this.measured.get(probe.id());
			assertThat(measurement.phone().method()).isEqualTo(LiveAgentMethod.CONSULTANT);
			assertThat(measurement.phone().timeToLiveAgentFromRinging()).isEqualTo(call.timeToLiveAgentFromRinging());
			assertThat(measurement.resolution()).as("resolution from the review of %s", key).isEqualTo(1.0);
			assertThat(measurement.resolved()).isTrue();
		}
	}

	@Test
	void shouldMatchACallbackToTheCallWhoseOrganisationPromisedIt() throws Exception {
		ProbeSummary probe = probeOf("gemeente-heuvelrug");
		assertThat(probe.call().review().callbackPromised()).isTrue();
		assertThat(probe.call().review().reviewer()).as("the account that posted the review")
			.isEqualTo(EmulatorSettings.CONSULTANT_USERNAME);
		await().atMost(Duration.ofMinutes(1))
			.until(() -> this.callbacks.forProbe(probe.id())
				.stream()
				.anyMatch((callback) -> callback.audioEvidenceId() != null));
		PhoneCallback callback = this.callbacks.forProbe(probe.id()).get(0);
		assertThat(callback.from()).isEqualTo(organisation("gemeente-heuvelrug").e164());
		assertThat(callback.promised()).isTrue();
		// the organisation calls back four seconds after the call, and rings half a
		// second
		assertThat(callback.delay()).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(10));
		// kept to the millisecond
		assertThat(callback.delay())
			.isEqualTo(Duration.ofMillis(Duration.between(probe.call().endedAt(), callback.receivedAt()).toMillis()));
		byte[] wav = this.evidence.load(callback.audioEvidenceId()).content();
		assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(wav)))
			.isEqualTo(callback.audioSha256());
		assertThat(wav.length).as("the caller's words were recorded").isGreaterThan(8000);
		for (String key : List.of("verzekeraar-delta", "pensioenfonds-horizon")) {
			assertThat(this.callbacks.forProbe(probeOf(key).id())).as("callbacks of %s", key).isEmpty();
		}
	}

	@Test
	void shouldKeepTheDetectorsVerdictOnTheSameAudioAsASecondOpinion() {
		for (String key : List.of("verzekeraar-delta", "pensioenfonds-horizon")) {
			PhoneCall call = probeOf(key).call();
			assertThat(call.detectorLiveAgentAudioSeconds()).as("the detector on the audio of %s", key)
				.isCloseTo(truthOf(call).liveAgentAt(), within(0.5));
		}
	}

	@Test
	void shouldTellAClosedLineAndABusyOneFromAPerson() {
		PhoneCall closed = probeOf("kabelnet-west").call();
		assertThat(closed.outcome()).isEqualTo(CallOutcome.NO_AGENT);
		assertThat(closed.doubtful()).isFalse();
		assertThat(probeOf("kabelnet-west").timeline()).extracting(TimelineEvent::type)
			.contains(TimelineEventType.CONSULTANT_MARK);
		assertThat(probeOf("kabelnet-west").outcome()).isEqualTo(ProbeOutcome.NO_RESPONSE);
		PhoneCall busy = probeOf("hypotheekhuis-oost").call();
		assertThat(busy.outcome()).isEqualTo(CallOutcome.BUSY);
		assertThat(busy.review()).as("a busy line leaves nothing to review").isNull();
	}

	@Test
	void shouldKeepTheMarksAndTheReviewAsEvidence() {
		ProbeSummary probe = probeOf("verzekeraar-delta");
		var notes = this.evidence.forProbe(probe.id())
			.stream()
			.filter((ref) -> ref.kind() == EvidenceKind.CALL_REVIEW)
			.findFirst()
			.orElseThrow();
		String json = new String(this.evidence.load(notes.id()).content(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(json).contains("\"PERSON\"", "\"helped\":true", EmulatorSettings.CONSULTANT);
		assertThat(this.evidence.forProbe(probe.id())).extracting((ref) -> ref.kind())
			.contains(EvidenceKind.CALL_AUDIO, EvidenceKind.CALL_EVENT, EvidenceKind.TWIML);
		assertThat(probe.timeline()).extracting(TimelineEvent::type)
			.contains(TimelineEventType.IRREVERSIBLE_STEP, TimelineEventType.CONSULTANT_RUNG,
					TimelineEventType.CALL_RINGING, TimelineEventType.CONSULTANT_MARK, TimelineEventType.LIVE_AGENT,
					TimelineEventType.CALL_REVIEWED);
	}

	@Test
	void shouldMarkTheIrreversibleStepOnlyOnceTheConsultantAskedToBeBridged() {
		ProbeSummary probe = probeOf("verzekeraar-delta");
		Instant marked = probe.timeline()
			.stream()
			.filter((event) -> event.type() == TimelineEventType.IRREVERSIBLE_STEP)
			.findFirst()
			.orElseThrow()
			.at();
		Instant consultantAnswered = probe.timeline()
			.stream()
			.filter((event) -> event.type() == TimelineEventType.CONSULTANT_RUNG)
			.reduce((first, second) -> second)
			.orElseThrow()
			.at();
		assertThat(marked).isAfter(consultantAnswered).isBefore(probe.call().ringingAt());
		List<String> served = this.evidence.forProbe(probe.id())
			.stream()
			.filter((ref) -> ref.kind() == EvidenceKind.TWIML)
			.map((ref) -> new String(this.evidence.load(ref.id()).content(), java.nio.charset.StandardCharsets.UTF_8))
			.toList();
		assertThat(served).anySatisfy((twiml) -> assertThat(twiml).contains("<Gather", "numDigits=\"1\""))
			.anySatisfy((twiml) -> assertThat(twiml).contains("<Dial", "outbound_track", "/dial-ended"));
	}

	@Test
	void shouldGiveNen8878VerdictsPerOrganisationAndClauseWithTheProbesTheyCounted() throws Exception {
		UUID promised = probeOf("gemeente-heuvelrug").id();
		await().atMost(Duration.ofMinutes(1)).until(() -> !this.callbacks.forProbe(promised).isEmpty());
		var result = this.mvc.get()
			.uri("/api/campaigns/" + this.campaign.id() + "/verdicts?profile=nen-8878")
			.exchange();
		assertThat(result).hasStatusOk();
		var verdicts = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(result.getResponse().getContentAsString());
		assertThat(verdicts.size()).as("every organisation × the six clauses").isEqualTo(ORGANISATIONS.size() * 6);
		for (var verdict : verdicts) {
			assertThat(verdict.get("profileVersion").asInt()).isEqualTo(1);
			assertThat(verdict.get("verdict").asString()).as("one call each: fewer than the 20 the profile judges")
				.isEqualTo("NOT_JUDGED");
			assertThat(verdict.get("reason").asString()).isEqualTo("TOO_FEW_PROBES");
			assertThat(verdict.get("probes").size()).isEqualTo(1);
		}
		assertThat(counts(verdicts, "gemeente-heuvelrug", "answered-within-15s")).isEqualTo("PASSED");
		assertThat(counts(verdicts, "gemeente-heuvelrug", "callers-helped")).as("the consultant's review")
			.isEqualTo("PASSED");
		assertThat(counts(verdicts, "hypotheekhuis-oost", "technical-reachability")).isEqualTo("FAILED");
		assertThat(counts(verdicts, "kabelnet-west", "answered-within-15s")).isEqualTo("FAILED");
		assertThat(counts(verdicts, "gemeente-heuvelrug", "proper-welcome")).isEqualTo("PASSED");
		assertThat(counts(verdicts, "gemeente-heuvelrug", "alternative-offered"))
			.as("the person was busy; a callback was offered")
			.isEqualTo("PASSED");
		assertThat(counts(verdicts, "verzekeraar-delta", "alternative-offered")).as("the person was reached")
			.isEqualTo("NOT_COUNTED");
		assertThat(counts(verdicts, "gemeente-heuvelrug", "callback-promises-kept"))
			.as("called back 4 s after the call, within 24 hours")
			.isEqualTo("PASSED");
		assertThat(counts(verdicts, "verzekeraar-delta", "callback-promises-kept")).as("nothing promised")
			.isEqualTo("NOT_COUNTED");
		assertThat(this.mvc.get().uri("/api/campaigns/" + this.campaign.id() + "/verdicts?profile=iso-9999"))
			.hasStatus(404)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Normprofiel niet gevonden");
	}

	@Test
	void shouldJudgeTheSameVerdictsFromTheMeasurementsExportAlone(@org.junit.jupiter.api.io.TempDir Path dir)
			throws Exception {
		UUID promised = probeOf("gemeente-heuvelrug").id();
		await().atMost(Duration.ofMinutes(1)).until(() -> !this.callbacks.forProbe(promised).isEmpty());
		var export = this.mvc.get().uri("/api/campaigns/" + this.campaign.id() + "/measurements.csv").exchange();
		assertThat(export).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		String csv = export.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).as("a byte-order mark, Dutch separators, one row per probe")
			.startsWith("\uFEFFjudged_at;probe_id;");
		assertThat(csv.lines().count()).isEqualTo(1 + ORGANISATIONS.size());
		assertThat(csv).contains("CALL_AUDIO:" + probeOf("gemeente-heuvelrug").call().audioSha256());
		Path file = dir.resolve("measurements.csv");
		java.nio.file.Files.writeString(file, csv);
		var api = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(this.mvc.get()
				.uri("/api/campaigns/" + this.campaign.id() + "/verdicts?profile=nen-8878")
				.exchange()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		var out = new java.io.ByteArrayOutputStream();
		var err = new java.io.ByteArrayOutputStream();
		int status = JudgeCommand.run(new String[] { "judge", "--profile", "nen-8878", file.toString() },
				new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
				new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(status).as(err.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();
		var judged = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(out.toString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(judged).as("the judge command's verdicts").isEqualTo(api);
		assertThat(judged.size()).isEqualTo(ORGANISATIONS.size() * 6);
	}

	private String counts(tools.jackson.databind.JsonNode verdicts, String key, String clause) {
		for (var verdict : verdicts) {
			if (verdict.get("organisationName").asString().equals(organisation(key).name())
					&& verdict.get("clause").asString().equals(clause)) {
				var probe = verdict.get("probes").get(0);
				assertThat(probe.get("href").asString()).isEqualTo("/api/probes/" + probeOf(key).id());
				return probe.get("counts").asString();
			}
		}
		throw new AssertionError("no verdict on " + clause + " for " + key);
	}

	@Test
	void shouldPutTheConsultantOnOneCallAtATime() {
		List<PhoneCall> calls = ORGANISATIONS.stream()
			.map((key) -> probeOf(key).call())
			.sorted(Comparator.comparing(PhoneCall::endedAt))
			.toList();
		for (int i = 1; i < calls.size(); i++) {
			Instant previousEnded = calls.get(i - 1).endedAt();
			Instant dialled = calls.get(i).requestedAt();
			assertThat(dialled).as("call %d dialled after call %d ended", i, i - 1).isAfterOrEqualTo(previousEnded);
		}
	}

	@Test
	void shouldRefuseAMarkForACallThatIsNotInProgress() {
		assertThat(this.mvc.post()
			.uri("/api/consultant-calls/" + UUID.randomUUID() + "/marks")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"mark\":\"" + CallMark.PERSON + "\"}")).hasStatus(404)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Geen gesprek met consultant");
		assertThat(this.mvc.post()
			.uri("/api/consultant-calls/" + UUID.randomUUID() + "/marks")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"mark\":\"LATER\"}")).hasStatus(400);
	}

	@Test
	void shouldServeTheConsultantsPageInDutchAndEnglish() {
		assertThat(this.mvc.get().uri("/consultant-calls")).hasStatusOk()
			.bodyText()
			.contains("Persoon neemt op", "/api/consultant-calls");
		assertThat(this.mvc.get().uri("/consultant-calls").header("Accept-Language", "en")).hasStatusOk()
			.bodyText()
			.contains("Person answers");
	}

	private SimulatedOrganisation organisation(String key) {
		return SandboxCatalogue.organisations()
			.stream()
			.filter((organisation) -> organisation.key().equals(key))
			.findFirst()
			.orElseThrow();
	}

	private ProbeSummary probeOf(String key) {
		ProbeSummary probe = this.probed.get(organisation(key).name());
		assertThat(probe).as("probe of %s", key).isNotNull();
		assertThat(probe.call()).as("call of %s (%s)", key, probe.problem()).isNotNull();
		return probe;
	}

	private PhoneTruth truthOf(PhoneCall call) {
		return this.truth.forCall(call.callSid()).orElseThrow(() -> new AssertionError("no truth of " + call));
	}

}
