package nl.schaduwklant.probes.phone;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.schaduwklant.probes.CallOutcome;
import nl.schaduwklant.probes.CallSegment;
import nl.schaduwklant.probes.CapturedContent;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.EvidenceKind;
import nl.schaduwklant.probes.EvidenceRef;
import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.LiveAgentMethod;
import nl.schaduwklant.probes.PhoneCall;
import nl.schaduwklant.probes.ProbeContact;
import nl.schaduwklant.probes.TimelineEvent;
import nl.schaduwklant.probes.TimelineEventType;
import nl.schaduwklant.probes.phone.audio.CallAnalysis;
import nl.schaduwklant.probes.phone.audio.CallAudio;
import nl.schaduwklant.probes.phone.audio.LiveAgentDetector;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what a call observed into the probe's result and its evidence: the audio we
 * received (WAV, with its SHA-256), the TwiML we served, and the call's timeline. The
 * live agent is the detector's verdict on the whole audio, the same verdict
 * {@code inspect-call} gives on the stored WAV.
 */
class CallResults {

	static final String CALLBACK_CLOCK = "TWILIO_CALLBACK_RECEIPT";

	static final String STREAM_CLOCK = "MEDIA_STREAM";

	static final String PROBE_CLOCK = "PROBE_CLOCK";

	/** How much of the end of a call may be missing from its audio. */
	static final double UNHEARD_END_SECONDS = 3;

	private final EvidenceStore evidence;

	private final JsonMapper json;

	private final ConsultantCallResults consultantCalls;

	CallResults(EvidenceStore evidence, JsonMapper json) {
		this.evidence = evidence;
		this.json = json;
		this.consultantCalls = new ConsultantCallResults(evidence, json);
	}

	/**
	 * @param contact the contact
	 * @param call what the call observed, once it is over
	 * @param now when it was over
	 * @return the result
	 */
	ContactResult completed(ProbeContact contact, LiveCall.Snapshot call, Instant now) {
		if (contact.consultantAssisted()) {
			return this.consultantCalls.completed(contact, call, now);
		}
		CallProgress progress = call.progress();
		if (progress.callbacks().isEmpty() && call.streamStartedAt() == null) {
			return new ContactResult.Failed("Twilio reported nothing about call " + call.sid()
					+ ": its webhooks do not reach this node (check the public base URL)", false);
		}
		CallAnalysis analysis = (call.muLaw().length > 0)
				? new LiveAgentDetector().analyse(CallAudio.fromMuLaw(call.muLaw()), call.menuUntil()) : null;
		EvidenceRef audio = keepAudio(this.evidence, contact.probeId(), call.muLaw());
		CallOutcome outcome = outcome(call, analysis);
		Double agentSeconds = (outcome == CallOutcome.REACHED) ? analysis.liveAgentAt() : null;
		Instant agentAt = (agentSeconds != null && call.streamStartedAt() != null)
				? call.streamStartedAt().plusMillis(Math.round(agentSeconds * 1000)) : null;
		double confidence = (analysis != null) ? analysis.confidence() : 0.3;
		boolean unheard = outcome.connected() && agentSeconds == null && !audioCoversCall(call, progress);
		boolean doubtful = outcome.connected() && (analysis == null || analysis.doubtful() || unheard);
		Instant requestedAt = progress.requestedAt();
		Instant ringingAt = progress.ringing().orElse(null);
		Instant connectedAt = progress.connected().orElse(null);
		Instant endedAt = progress.ended().orElse(now);
		List<CallSegment> segments = segments(analysis);
		PhoneCall phoneCall = new PhoneCall(call.sid(), outcome, LiveAgentMethod.AUDIO, requestedAt, ringingAt,
				connectedAt, call.streamStartedAt(), agentSeconds, agentAt, confidence, doubtful,
				call.questionAskedAt(), endedAt, progress.callDuration().map((d) -> (int) d.toSeconds()).orElse(null),
				call.answeredBy(), call.streamClockError(), segments, (audio != null) ? audio.id() : null,
				(audio != null) ? audio.sha256() : null, call.menuUntil());
		List<TimelineEvent> timeline = timeline(contact, call, phoneCall, audio);
		Instant contactedAt = (ringingAt != null) ? ringingAt : requestedAt;
		String clock = (ringingAt != null) ? CALLBACK_CLOCK : PROBE_CLOCK;
		return new ContactResult.Completed(contactedAt, clock,
				"call " + call.sid() + " to " + contact.target().endpoints().phone().number() + ": " + outcome, agentAt,
				(agentAt != null) ? "" : null, timeline, null, (audio != null) ? audio.id() : null, phoneCall);
	}

	/**
	 * @return the result of a consultant's call that never became a bridge: the
	 * organisation was not called
	 */
	ContactResult notBridged(ProbeContact contact, LiveCall.Snapshot call) {
		return this.consultantCalls.notBridged(contact, call);
	}

	/**
	 * @return whether the audio we received runs to (nearly) the end of the call: a
	 * stream that stopped early cannot show that nobody answered later
	 */
	private static boolean audioCoversCall(LiveCall.Snapshot call, CallProgress progress) {
		if (call.streamStartedAt() == null || progress.ended().isEmpty()) {
			return false;
		}
		double heard = call.muLaw().length / 8000.0;
		double lasted = java.time.Duration.between(call.streamStartedAt(), progress.ended().get()).toMillis() / 1000.0;
		return heard + UNHEARD_END_SECONDS >= lasted;
	}

	private static CallOutcome outcome(LiveCall.Snapshot call, CallAnalysis analysis) {
		Optional<CallProgress.Outcome> reported = call.progress().outcome();
		CallProgress.Outcome twilio = reported.orElse(call.progress().connected().isPresent()
				? CallProgress.Outcome.CONNECTED : CallProgress.Outcome.NO_ANSWER);
		return switch (twilio) {
			case BUSY -> CallOutcome.BUSY;
			case NO_ANSWER, CANCELED -> CallOutcome.NO_ANSWER;
			case FAILED -> CallOutcome.NOT_CONNECTED;
			case CONNECTED -> {
				if (analysis != null && analysis.liveAgentAt() != null) {
					yield CallOutcome.REACHED;
				}
				yield (call.maxWaitReachedAt() != null) ? CallOutcome.ABANDONED : CallOutcome.NO_AGENT;
			}
		};
	}

	private static List<TimelineEvent> timeline(ProbeContact contact, LiveCall.Snapshot call, PhoneCall phone,
			EvidenceRef audio) {
		List<TimelineEvent> events = new ArrayList<>();
		String number = contact.target().endpoints().phone().number();
		add(events, TimelineEventType.CALL_REQUESTED, phone.requestedAt(), PROBE_CLOCK,
				"call " + call.sid() + " to " + number + " requested", null);
		add(events, TimelineEventType.CALL_RINGING, phone.ringingAt(), CALLBACK_CLOCK, "ringing", null);
		add(events, TimelineEventType.CALL_CONNECTED, phone.connectedAt(), CALLBACK_CLOCK,
				"connected (the line was answered, by a person or a system)", null);
		add(events, TimelineEventType.STREAM_STARTED, phone.streamStartedAt(), STREAM_CLOCK,
				"audio stream " + call.streamSid() + " started" + ((phone.streamClockError() != null)
						? "; its timeline agrees with our receipts to " + phone.streamClockError().toMillis() + " ms"
						: ""),
				null);
		add(events, TimelineEventType.MACHINE_DETECTION, call.answeredByAt(), CALLBACK_CLOCK,
				"answering-machine detection: " + call.answeredBy() + " (evidence, not the measurement)", null);
		if (phone.liveAgentAt() != null) {
			add(events, TimelineEventType.LIVE_AGENT, phone.liveAgentAt(), STREAM_CLOCK,
					String.format(Locale.ROOT, "a person answered at %.2f s of the audio (confidence %.2f)",
							phone.liveAgentAudioSeconds(), phone.confidence()),
					(audio != null) ? audio.id() : null);
		}
		add(events, TimelineEventType.QUESTION_ASKED, phone.questionAskedAt(), PROBE_CLOCK,
				"the question was put to the person", null);
		add(events, TimelineEventType.MAX_WAIT_REACHED, call.maxWaitReachedAt(), PROBE_CLOCK,
				"no person within the maximum wait; hung up", null);
		add(events, TimelineEventType.CALL_ENDED, phone.endedAt(), CALLBACK_CLOCK,
				"ended: " + phone.outcome()
						+ ((phone.durationSeconds() != null) ? " after " + phone.durationSeconds() + " s" : "")
						+ ((call.audioTruncated()) ? "; audio beyond the longest kept was dropped" : ""),
				(audio != null) ? audio.id() : null);
		return events;
	}

	static void add(List<TimelineEvent> events, TimelineEventType type, Instant at, String clock, String detail,
			UUID evidenceId) {
		if (at != null) {
			events.add(new TimelineEvent(type, at, clock, detail, evidenceId));
		}
	}

	/**
	 * Keeps the audio of a call that was cut short.
	 */
	void keep(UUID probeId, LiveCall.Snapshot call) {
		keepAudio(this.evidence, probeId, call.muLaw());
	}

	/**
	 * @param evidence the evidence store
	 * @param probeId the probe the audio belongs to
	 * @param muLaw audio received
	 * @return the audio kept as WAV evidence, or {@code null} when there was none
	 */
	static EvidenceRef keepAudio(EvidenceStore evidence, UUID probeId, byte[] muLaw) {
		return (muLaw.length > 0) ? evidence.store(probeId, EvidenceKind.CALL_AUDIO, "audio/wav",
				CapturedContent.of(CallAudio.muLawWav(muLaw))) : null;
	}

	/**
	 * @param analysis the detector's verdict on a call's audio, if there was audio
	 * @return its segments, as evidence
	 */
	static List<CallSegment> segments(CallAnalysis analysis) {
		return (analysis != null) ? analysis.segments()
			.stream()
			.map((segment) -> new CallSegment(segment.kind().label(), segment.from(), segment.to()))
			.toList() : List.of();
	}

	void served(UUID probeId, String twiml) {
		this.evidence.store(probeId, EvidenceKind.TWIML, "application/xml",
				CapturedContent.of(twiml.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * @param probeId the probe
	 * @param parameters what Twilio posted
	 */
	void callback(UUID probeId, Map<String, String> parameters) {
		this.evidence.store(probeId, EvidenceKind.CALL_EVENT, "application/json",
				CapturedContent.of(this.json.writeValueAsBytes(new java.util.TreeMap<>(parameters))));
	}

	/**
	 * Settles a call this node stopped following without calling again: the call SID
	 * comes from the callbacks kept as evidence, and a call still live is hung up.
	 */
	ContactResult reconcile(ProbeContact contact, TwilioCalls twilio) {
		Optional<String> sid = this.evidence.forProbe(contact.probeId())
			.stream()
			.filter((ref) -> ref.kind() == EvidenceKind.CALL_EVENT)
			.map((ref) -> this.json.readValue(this.evidence.load(ref.id()).content(), Map.class).get("CallSid"))
			.filter((value) -> value != null)
			.map(String::valueOf)
			.findFirst();
		if (sid.isEmpty()) {
			return new ContactResult.Uncertain("the node stopped right after marking the call to "
					+ contact.target().endpoints().phone().number() + "; no callback about it arrived, so whether it"
					+ " was placed is for a consultant to check in the Twilio console");
		}
		String status;
		try {
			status = twilio.status(sid.get());
			if (!List.of("completed", "busy", "no-answer", "failed", "canceled").contains(status)) {
				twilio.hangUp(sid.get());
			}
		}
		catch (com.twilio.exception.ApiException ex) {
			if (ex.getStatusCode() != null && ex.getStatusCode() >= 400 && ex.getStatusCode() < 500) {
				return new ContactResult.Uncertain(
						"the node stopped while following call " + sid.get() + ", which Twilio no longer knows ("
								+ ex.getMessage() + "); its callbacks are kept as" + " evidence");
			}
			return new ContactResult.Failed("call " + sid.get() + " could not be looked up at Twilio (" + ex + ")",
					true);
		}
		catch (RuntimeException ex) {
			return new ContactResult.Failed("call " + sid.get() + " could not be looked up at Twilio (" + ex + ")",
					true);
		}
		return new ContactResult.Uncertain("the node stopped while following call " + sid.get() + " (Twilio: " + status
				+ "); its measurement is incomplete, its callbacks and audio are kept as evidence");
	}

}
