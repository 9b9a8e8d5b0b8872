package nl.schaduwklant.probes.phone;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.schaduwklant.probes.CallMark;
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
 * Turns a consultant-assisted call into the probe's result. The live agent is the
 * consultant's mark, at its receipt on our clock (method {@code CONSULTANT}), placed on
 * the audio of the organisation's leg; the detector's verdict on the same audio is kept
 * beside it as a second opinion, never instead of it. A call the consultant did not mark
 * is doubtful: a reviewer listens to it. Whether the caller was helped is the
 * consultant's review. A consultant who did not answer means nobody called the
 * organisation: our failure, not its.
 */
final class ConsultantCallResults {

	static final String MARK_CLOCK = "CONSULTANT_MARK_RECEIPT";

	private final EvidenceStore evidence;

	private final JsonMapper json;

	ConsultantCallResults(EvidenceStore evidence, JsonMapper json) {
		this.evidence = evidence;
		this.json = json;
	}

	ContactResult completed(ProbeContact contact, LiveCall.Snapshot call, Instant now) {
		CallProgress consultant = call.consultantLeg();
		CallProgress organisation = call.progress();
		String number = contact.target().endpoints().phone().number();
		if (organisation.callbacks().isEmpty()
				|| organisation.outcome().orElse(null) == CallProgress.Outcome.CANCELED) {
			// bridged (the step is marked), but the organisation's leg reported nothing,
			// or
			// was ended by us while it rang: nothing to hold against it, nor to retry
			return new ContactResult.Uncertain("consultant " + contact.consultantNumber() + " was bridged to " + number
					+ " but "
					+ (organisation.callbacks().isEmpty() ? "its leg reported nothing" : "hung up while it rang")
					+ "; whether and how it answered is for a consultant to check (its callbacks are evidence)");
		}
		CallAnalysis analysis = (call.muLaw().length > 0)
				? new LiveAgentDetector().analyse(CallAudio.fromMuLaw(call.muLaw()), 0) : null;
		EvidenceRef audio = CallResults.keepAudio(this.evidence, contact.probeId(), call.muLaw());
		EvidenceRef notes = this.evidence.store(contact.probeId(), EvidenceKind.CALL_REVIEW, "application/json",
				CapturedContent.of(this.json.writeValueAsBytes(notes(contact, call))));
		Instant person = call.marks().get(CallMark.PERSON);
		CallOutcome outcome = outcome(call, person);
		// a mark that reached us before the connect's callback is the connect: nobody
		// answers
		// before the line does
		Instant connected = organisation.connected().orElse(null);
		Instant agentAt = (outcome != CallOutcome.REACHED) ? null
				: (connected != null && person.isBefore(connected)) ? connected : person;
		Double agentSeconds = (agentAt != null && call.streamStartedAt() != null)
				? Duration.between(call.streamStartedAt(), agentAt).toMillis() / 1000.0 : null;
		boolean doubtful = outcome.connected() && call.marks().isEmpty() && outcome != CallOutcome.ABANDONED;
		Instant ringingAt = organisation.ringing().orElse(null);
		Instant connectedAt = connected;
		Instant requestedAt = organisation.initiated().orElse(organisation.requestedAt());
		Instant endedAt = organisation.ended().or(consultant::ended).orElse(now);
		List<CallSegment> segments = CallResults.segments(analysis);
		PhoneCall phoneCall = new PhoneCall(call.sid(), outcome, LiveAgentMethod.CONSULTANT, requestedAt, ringingAt,
				connectedAt, call.streamStartedAt(), agentSeconds, agentAt, call.marks().isEmpty() ? 0 : 1, doubtful,
				null, endedAt, organisation.callDuration().map((d) -> (int) d.toSeconds()).orElse(null), null,
				call.streamClockError(), segments, (audio != null) ? audio.id() : null,
				(audio != null) ? audio.sha256() : null, 0, contact.consultantNumber(),
				(analysis != null) ? analysis.liveAgentAt() : null, call.review());
		List<TimelineEvent> timeline = timeline(contact, call, phoneCall, audio, notes);
		Instant contactedAt = (ringingAt != null) ? ringingAt : requestedAt;
		return new ContactResult.Completed(contactedAt,
				(ringingAt != null || requestedAt != null) ? CallResults.CALLBACK_CLOCK : CallResults.PROBE_CLOCK,
				"call " + call.sid() + " from consultant " + contact.consultantNumber() + " to " + number + ": "
						+ outcome,
				agentAt, (agentAt != null) ? "" : null, timeline, null, (audio != null) ? audio.id() : null, phoneCall);
	}

	/**
	 * @return the result of a consultant's call that never became a bridge (the
	 * consultant did not answer, did not press 1, or a voicemail answered): the
	 * organisation was not called, so it may be tried again
	 */
	ContactResult notBridged(ProbeContact contact, LiveCall.Snapshot call) {
		String status = call.consultantLeg()
			.callbacks()
			.stream()
			.reduce((first, second) -> second)
			.map(StatusCallback::callStatus)
			.orElse("no callback");
		return new ContactResult.Failed("consultant " + contact.consultantNumber() + " did not take the call (" + status
				+ "), so " + contact.target().endpoints().phone().number() + " was not called", true);
	}

	private static CallOutcome outcome(LiveCall.Snapshot call, Instant person) {
		CallProgress.Outcome twilio = call.progress()
			.outcome()
			.orElse(call.progress().connected().isPresent() ? CallProgress.Outcome.CONNECTED
					: CallProgress.Outcome.NO_ANSWER);
		return switch (twilio) {
			case BUSY -> CallOutcome.BUSY;
			case NO_ANSWER, CANCELED -> CallOutcome.NO_ANSWER;
			case FAILED -> CallOutcome.NOT_CONNECTED;
			case CONNECTED -> {
				if (person != null) {
					yield CallOutcome.REACHED;
				}
				yield (call.maxWaitReachedAt() != null && !call.marks().containsKey(CallMark.CLOSED))
						? CallOutcome.ABANDONED : CallOutcome.NO_AGENT;
			}
		};
	}

	private static Map<String, Object> notes(ProbeContact contact, LiveCall.Snapshot call) {
		Map<String, Object> notes = new LinkedHashMap<>();
		notes.put("consultant", contact.consultantNumber());
		notes.put("marks", call.marks());
		notes.put("markClock", MARK_CLOCK);
		notes.put("review", call.review());
		return notes;
	}

	private static List<TimelineEvent> timeline(ProbeContact contact, LiveCall.Snapshot call, PhoneCall phone,
			EvidenceRef audio, EvidenceRef notes) {
		List<TimelineEvent> events = new ArrayList<>();
		String number = contact.target().endpoints().phone().number();
		CallProgress consultant = call.consultantLeg();
		CallResults.add(events, TimelineEventType.CONSULTANT_RUNG, consultant.requestedAt(), CallResults.PROBE_CLOCK,
				"call " + call.sid() + " to consultant " + contact.consultantNumber() + " requested", null);
		consultant.connected()
			.ifPresent((at) -> CallResults.add(events, TimelineEventType.CONSULTANT_RUNG, at,
					CallResults.CALLBACK_CLOCK, "the consultant answered; bridging to " + number, null));
		CallResults.add(events, TimelineEventType.CALL_REQUESTED, phone.requestedAt(), CallResults.CALLBACK_CLOCK,
				"the organisation's leg to " + number + " dialled", null);
		CallResults.add(events, TimelineEventType.CALL_RINGING, phone.ringingAt(), CallResults.CALLBACK_CLOCK,
				"ringing", null);
		CallResults.add(events, TimelineEventType.CALL_CONNECTED, phone.connectedAt(), CallResults.CALLBACK_CLOCK,
				"connected (the line was answered, by a person or a system)", null);
		CallResults.add(events, TimelineEventType.STREAM_STARTED, phone.streamStartedAt(), CallResults.STREAM_CLOCK,
				"audio stream " + call.streamSid() + " of the organisation's leg started", null);
		for (Map.Entry<CallMark, Instant> mark : call.marks().entrySet()) {
			CallResults.add(events, TimelineEventType.CONSULTANT_MARK, mark.getValue(), MARK_CLOCK,
					"the consultant marked " + mark.getKey(), notes.id());
		}
		if (phone.liveAgentAt() != null) {
			String where = (phone.liveAgentAudioSeconds() != null)
					? String.format(Locale.ROOT, " (%.2f s into the audio)", phone.liveAgentAudioSeconds()) : "";
			String detector = Optional.ofNullable(phone.detectorLiveAgentAudioSeconds())
				.map((seconds) -> String.format(Locale.ROOT, "; the detector heard a person at %.2f s", seconds))
				.orElse("; the detector heard no person");
			CallResults.add(events, TimelineEventType.LIVE_AGENT, phone.liveAgentAt(), MARK_CLOCK,
					"a person answered, as the consultant marked" + where + detector, notes.id());
		}
		CallResults.add(events, TimelineEventType.MAX_WAIT_REACHED, call.maxWaitReachedAt(), CallResults.PROBE_CLOCK,
				"no person within the maximum wait; hung up", null);
		CallResults.add(events, TimelineEventType.CALL_ENDED, phone.endedAt(), CallResults.CALLBACK_CLOCK,
				"ended: " + phone.outcome()
						+ ((phone.durationSeconds() != null) ? " after " + phone.durationSeconds() + " s" : ""),
				(audio != null) ? audio.id() : null);
		if (call.review() != null) {
			CallResults.add(events, TimelineEventType.CALL_REVIEWED, call.review().reviewedAt(), MARK_CLOCK,
					"reviewed by the consultant: welcome " + call.review().properWelcome() + ", helped "
							+ call.review().helped() + ", one call enough " + call.review().oneCallEnough()
							+ ", callback promised " + call.review().callbackPromised(),
					notes.id());
		}
		events.sort(java.util.Comparator.comparing(TimelineEvent::at));
		return events;
	}

}
