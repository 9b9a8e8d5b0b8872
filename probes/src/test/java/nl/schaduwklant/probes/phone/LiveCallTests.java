package nl.schaduwklant.probes.phone;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import nl.schaduwklant.probes.CallMark;
import nl.schaduwklant.probes.CallOutcome;
import nl.schaduwklant.probes.CallReview;
import nl.schaduwklant.probes.LiveAgentMethod;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.PhoneCall;
import nl.schaduwklant.probes.ProbeContact;
import nl.schaduwklant.probes.RecordingStep;
import nl.schaduwklant.probes.email.InMemoryEvidenceStore;
import nl.schaduwklant.scheduler.AnswerKey;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.Endpoints;
import nl.schaduwklant.scheduler.OpeningHours;
import nl.schaduwklant.scheduler.PhoneEndpoint;
import nl.schaduwklant.scheduler.ProbeScenario;
import nl.schaduwklant.scheduler.ProbeTarget;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call's audio as the media stream brings it: placed on the stream's timeline, with
 * losses and repeats, and a stream that stops before the call ends.
 */
class LiveCallTests {

	private static final Instant CONNECTED = Instant.parse("2026-12-02T10:00:00Z");

	private final ProbeContact contact = new ProbeContact(UUID.randomUUID(), "SK-7Q2X9", Channel.PHONE,
			new ProbeTarget(UUID.randomUUID(), "Bank Zuid", "Financials",
					new Endpoints(null, null, null, new PhoneEndpoint("+31881110001")), OpeningHours.officeHours(),
					List.of()),
			new ProbeScenario(UUID.randomUUID(), "Behandeltermijn", "Vraag", "Hoe lang duurt het?",
					new AnswerKey(List.of())),
			1, Duration.ofMinutes(6));

	@Test
	void shouldPlaceTheAudioOnTheStreamsTimelineFillingLossesAndDroppingRepeats() {
		LiveCall call = new LiveCall(this.contact, Duration.ofMinutes(6), Duration.ofMinutes(10));
		assertThat(call.acceptStream("MZ1", null)).isTrue();
		assertThat(call.acceptStream("MZ2", null)).as("a second stream for the same call").isFalse();
		call.streamStarted(CONNECTED);
		call.media(0, frame((byte) 1), CONNECTED.plusMillis(25));
		call.media(20, frame((byte) 2), CONNECTED.plusMillis(45));
		call.media(20, frame((byte) 2), CONNECTED.plusMillis(46));
		call.media(80, frame((byte) 3), CONNECTED.plusMillis(110));
		call.streamStopped();
		call.media(100, frame((byte) 4), CONNECTED.plusMillis(130));

		LiveCall.Snapshot snapshot = call.snapshot();
		byte[] audio = snapshot.muLaw();
		assertThat(audio).hasSize(100 * 8);
		assertThat(audio[0]).isEqualTo((byte) 1);
		assertThat(audio[160]).isEqualTo((byte) 2);
		assertThat(Arrays.copyOfRange(audio, 320, 640)).as("40 ms lost: silence").containsOnly((byte) 0xFF);
		assertThat(audio[640]).isEqualTo((byte) 3);
		assertThat(snapshot.streamClockError()).as("the earliest message came 25 ms after its place")
			.isEqualTo(Duration.ofMillis(25));
	}

	@Test
	void shouldNotSayNobodyAnsweredWhenTheStreamStoppedLongBeforeTheCallEnded() {
		PhoneCall call = completed(Duration.ofSeconds(60));
		assertThat(call.outcome()).isEqualTo(CallOutcome.NO_AGENT);
		assertThat(call.doubtful()).as("4 s heard of a 60 s call").isTrue();
	}

	@Test
	void shouldSayNobodyAnsweredWhenTheAudioCoversTheWholeCall() {
		PhoneCall call = completed(Duration.ofMillis(4500));
		assertThat(call.outcome()).isEqualTo(CallOutcome.NO_AGENT);
		assertThat(call.doubtful()).isFalse();
		assertThat(call.segments()).extracting((segment) -> segment.kind())
			.isNotEmpty()
			.doesNotContain("live-speech", "recorded-speech");
	}

	@Test
	void shouldCountAConsultantsMarkOnlyWhileTheOrganisationsLineIsConnectedAndOnlyTheFirst() {
		LiveCall call = new LiveCall(consultantContact(), Duration.ofMinutes(6), Duration.ofMinutes(10));
		call.placed(new PlacedCall("CA1", "queued", CONNECTED.minusSeconds(9)));
		call.recordConsultantLeg(callback("in-progress", 1, CONNECTED.minusSeconds(6)));
		assertThat(call.consultantState()).isEqualTo(LiveCall.ConsultantState.DIALLING);
		assertThat(call.mark(CallMark.PERSON, CONNECTED.minusSeconds(1))).as("before the consultant pressed 1")
			.isEqualTo(LiveCall.MarkResult.NOT_CONNECTED);
		RecordingStep step = new RecordingStep();
		call.bridgeStep(step);
		assertThat(call.markBridge("bridging")).isTrue();
		assertThat(step.marks()).containsExactly("bridging");
		call.record(childCallback("in-progress", 2, CONNECTED));
		assertThat(call.consultantState()).isEqualTo(LiveCall.ConsultantState.CONNECTED);
		assertThat(call.mark(CallMark.PERSON, CONNECTED.plusSeconds(7))).isEqualTo(LiveCall.MarkResult.RECORDED);
		assertThat(call.mark(CallMark.PERSON, CONNECTED.plusSeconds(8))).isEqualTo(LiveCall.MarkResult.ALREADY_MARKED);
		assertThat(call.mark(CallMark.CLOSED, CONNECTED.plusSeconds(9))).as("a person, or nobody: not both")
			.isEqualTo(LiveCall.MarkResult.ALREADY_MARKED);
		assertThat(call.sid()).as("the call placed is the consultant's, not the bridged leg").isEqualTo("CA1");
		call.record(childCallback("completed", 3, CONNECTED.plusSeconds(20)));
		assertThat(call.mark(CallMark.CLOSED, CONNECTED.plusSeconds(21))).isEqualTo(LiveCall.MarkResult.ENDED);
		assertThat(call.over()).as("the consultant's leg has not reported its end").isFalse();
		call.recordConsultantLeg(callback("completed", 4, CONNECTED.plusSeconds(21)));
		assertThat(call.over()).isTrue();
		assertThat(call.consultantState()).isEqualTo(LiveCall.ConsultantState.AWAITING_REVIEW);
		assertThat(call.marks()).containsExactly(Map.entry(CallMark.PERSON, CONNECTED.plusSeconds(7)));
	}

	@Test
	void shouldTimeAConsultantsCallByTheMarkAndDoubtOneNobodyMarked() {
		var evidence = new InMemoryEvidenceStore();
		var results = new CallResults(evidence, JsonMapper.builder().build());
		LiveCall marked = consultantCall();
		assertThat(marked.mark(CallMark.PERSON, CONNECTED.plusSeconds(12))).isEqualTo(LiveCall.MarkResult.RECORDED);
		marked.review(new CallReview(true, false, true, true, null, null, "consultant", CONNECTED.plusSeconds(40)));
		endConsultantCall(marked);
		PhoneCall call = ((ContactResult.Completed) results.completed(consultantContact(), marked.snapshot(),
				CONNECTED.plusSeconds(45)))
			.call();
		assertThat(call.method()).isEqualTo(LiveAgentMethod.CONSULTANT);
		assertThat(call.outcome()).isEqualTo(CallOutcome.REACHED);
		assertThat(call.liveAgentAt()).isEqualTo(CONNECTED.plusSeconds(12));
		assertThat(call.liveAgentAudioSeconds()).as("the mark on the audio: the stream started at the connect")
			.isEqualTo(12.0);
		assertThat(call.ringingAt()).isEqualTo(CONNECTED.minusSeconds(3));
		assertThat(call.requestedAt()).as("the organisation's leg dialled").isEqualTo(CONNECTED.minusSeconds(4));
		assertThat(call.doubtful()).isFalse();
		assertThat(call.review().helped()).isFalse();

		LiveCall unmarked = consultantCall();
		endConsultantCall(unmarked);
		PhoneCall doubtful = ((ContactResult.Completed) results.completed(consultantContact(), unmarked.snapshot(),
				CONNECTED.plusSeconds(45)))
			.call();
		assertThat(doubtful.outcome()).isEqualTo(CallOutcome.NO_AGENT);
		assertThat(doubtful.doubtful()).as("connected, and the consultant marked nothing").isTrue();
	}

	@Test
	void shouldFailRetryablyWithoutCallingTheOrganisationWhenTheConsultantDoesNotAnswer() {
		LiveCall call = new LiveCall(consultantContact(), Duration.ofMinutes(6), Duration.ofMinutes(10));
		call.placed(new PlacedCall("CA1", "queued", CONNECTED));
		call.recordConsultantLeg(callback("ringing", 1, CONNECTED.plusSeconds(1)));
		call.recordConsultantLeg(callback("no-answer", 2, CONNECTED.plusSeconds(61)));
		var result = new CallResults(new InMemoryEvidenceStore(), JsonMapper.builder().build())
			.notBridged(consultantContact(), call.snapshot());
		assertThat(result).isInstanceOfSatisfying(ContactResult.Failed.class, (failed) -> {
			assertThat(failed.reason()).contains("did not take the call (no-answer)", "was not called");
			assertThat(failed.retryable()).as("nobody was called: it may be tried again").isTrue();
		});
	}

	private LiveCall consultantCall() {
		LiveCall call = new LiveCall(consultantContact(), Duration.ofMinutes(6), Duration.ofMinutes(10));
		call.placed(new PlacedCall("CA1", "queued", CONNECTED.minusSeconds(9)));
		call.recordConsultantLeg(callback("in-progress", 1, CONNECTED.minusSeconds(6)));
		call.bridgeStep(new RecordingStep());
		call.markBridge("bridging");
		call.record(childCallback("initiated", 0, CONNECTED.minusSeconds(4)));
		call.record(childCallback("ringing", 1, CONNECTED.minusSeconds(3)));
		call.record(childCallback("in-progress", 2, CONNECTED));
		assertThat(call.acceptStream("MZ1", "CA1")).isTrue();
		call.streamStarted(CONNECTED);
		byte[] tone = tone(2);
		for (int at = 0; at < tone.length; at += 160) {
			call.media(at / 8, Arrays.copyOfRange(tone, at, at + 160), CONNECTED.plusMillis(at / 8));
		}
		return call;
	}

	private static void endConsultantCall(LiveCall call) {
		call.record(childCallback("completed", 3, CONNECTED.plusSeconds(30)));
		call.recordConsultantLeg(callback("completed", 4, CONNECTED.plusSeconds(30)));
		call.streamStopped();
	}

	private ProbeContact consultantContact() {
		return new ProbeContact(this.contact.probeId(), this.contact.token(), Channel.PHONE, this.contact.target(),
				this.contact.scenario(), 1, Duration.ofMinutes(6), "+31850001111");
	}

	private static StatusCallback childCallback(String status, int sequence, Instant at) {
		return StatusCallback.of(Map.of("CallSid", "CA2", "ParentCallSid", "CA1", "CallStatus", status,
				"SequenceNumber", Integer.toString(sequence)), at);
	}

	private PhoneCall completed(Duration callAfterStream) {
		LiveCall call = new LiveCall(this.contact, Duration.ofMinutes(6), Duration.ofMinutes(10));
		call.placed(new PlacedCall("CA1", "queued", CONNECTED.minusSeconds(5)));
		call.record(callback("ringing", 1, CONNECTED.minusSeconds(3)));
		call.record(callback("in-progress", 2, CONNECTED));
		assertThat(call.acceptStream("MZ1", "CA2")).as("a stream for another call").isFalse();
		assertThat(call.acceptStream("MZ1", "CA1")).isTrue();
		call.streamStarted(CONNECTED.plusMillis(100));
		byte[] tone = tone(4);
		for (int at = 0; at < tone.length; at += 160) {
			call.media(at / 8, Arrays.copyOfRange(tone, at, at + 160), CONNECTED.plusMillis(100 + at / 8));
		}
		call.streamStopped();
		call.record(callback("completed", 3, CONNECTED.plusMillis(100).plus(callAfterStream)));
		var result = new CallResults(new InMemoryEvidenceStore(), JsonMapper.builder().build()).completed(this.contact,
				call.snapshot(), CONNECTED.plusSeconds(70));
		assertThat(result).isInstanceOf(ContactResult.Completed.class);
		return ((ContactResult.Completed) result).call();
	}

	private static StatusCallback callback(String status, int sequence, Instant at) {
		return StatusCallback
			.of(Map.of("CallSid", "CA1", "CallStatus", status, "SequenceNumber", Integer.toString(sequence)), at);
	}

	private static byte[] frame(byte value) {
		byte[] frame = new byte[160];
		Arrays.fill(frame, value);
		return frame;
	}

	/**
	 * @return a steady 425 Hz tone, 8 kHz μ-law (as long as this, the detector hears it
	 * as music: a tone is at most 3 s)
	 */
	private static byte[] tone(int seconds) {
		byte[] pcm = new byte[seconds * 8000 * 2];
		for (int i = 0; i < seconds * 8000; i++) {
			short sample = (short) (8000 * Math.sin(2 * Math.PI * 425 * i / 8000.0));
			pcm[2 * i] = (byte) sample;
			pcm[2 * i + 1] = (byte) (sample >> 8);
		}
		AudioFormat linear = new AudioFormat(8000, 16, 1, true, false);
		AudioFormat muLaw = new AudioFormat(AudioFormat.Encoding.ULAW, 8000, 8, 1, 1, 8000, false);
		try (var in = new AudioInputStream(new ByteArrayInputStream(pcm), linear, seconds * 8000L);
				var out = AudioSystem.getAudioInputStream(muLaw, in)) {
			return out.readAllBytes();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
