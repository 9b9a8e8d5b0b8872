package nl.schaduwklant.probes.phone;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import nl.schaduwklant.probes.phone.CallFixtures.Fixture;
import nl.schaduwklant.probes.phone.audio.AudioSegment;
import nl.schaduwklant.probes.phone.audio.CallAnalysis;
import nl.schaduwklant.probes.phone.audio.CallAudio;
import nl.schaduwklant.probes.phone.audio.LiveAgentDetector;
import nl.schaduwklant.probes.phone.audio.SegmentKind;
import nl.schaduwklant.sandbox.SimulatedCallAudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The live-agent detector on the sandbox's simulated calls, judged against their ground
 * truth on the audio's own timeline: the first person found within half a second of when
 * they started, never a menu, an announcement or a closed-hours message taken for one,
 * and a call that stops mid-way judged on what it holds. Held-out calls use voices and
 * recordings the detector was not tuned on.
 */
class LiveAgentDetectionTests {

	private final LiveAgentDetector detector = new LiveAgentDetector();

	static List<Fixture> calls() {
		return CallFixtures.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("calls")
	void shouldFindThePersonWithinHalfASecondOrFindNobodyWhenNobodySpoke(Fixture call) {
		CallAnalysis analysis = analyse(call.audio().wav());

		Double truth = call.audio().liveAgentAt();
		if (truth == null) {
			assertThat(analysis.liveAgentAt()).as("nobody spoke on %s", call).isNull();
		}
		else {
			assertThat(analysis.liveAgentAt()).as("when the person on %s started", call)
				.isNotNull()
				.isCloseTo(truth, within(0.5));
			assertThat(analysis.doubtful()).as("a clear call is not doubtful").isFalse();
		}
		assertThat(analysis.confidence()).isBetween(0.0, 1.0);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("calls")
	void shouldNeverTakeARecordingForAPerson(Fixture call) {
		CallAnalysis analysis = analyse(call.audio().wav());

		for (SimulatedCallAudio.Part recording : call.audio()
			.parts()
			.stream()
			.filter((part) -> part.kind().equals("recorded-speech"))
			.toList()) {
			assertThat(liveSpeechDuring(analysis, recording.from(), recording.to()))
				.as("live speech heard during %s at %.1f s on %s", recording.what(), recording.from(), call)
				.isLessThan(0.3);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("calls")
	void shouldCoverTheWholeCallWithSegmentsInOrder(Fixture call) {
		CallAnalysis analysis = analyse(call.audio().wav());

		List<AudioSegment> segments = analysis.segments();
		assertThat(segments.get(0).from()).isZero();
		assertThat(segments.get(segments.size() - 1).to()).isCloseTo(call.audio().seconds(), within(0.03));
		for (int i = 1; i < segments.size(); i++) {
			assertThat(segments.get(i).from()).as("segment %d starts where the one before ends", i)
				.isEqualTo(segments.get(i - 1).to());
		}
		if (call.audio().liveAgentAt() != null) {
			assertThat(segments).filteredOn((segment) -> segment.kind() == SegmentKind.LIVE_SPEECH)
				.first()
				.extracting(AudioSegment::from)
				.isEqualTo(analysis.liveAgentAt());
		}
	}

	@Test
	void shouldPlaceMostStartsOfSpeechRightAfterMusicWithinHalfASecondAndNoneFurtherOffThanASecond() {
		List<Double> errors = new ArrayList<>();
		for (Fixture call : CallFixtures.musicThenPerson()) {
			Double found = analyse(call.audio().wav()).liveAgentAt();
			assertThat(found).as("the person on %s", call).isNotNull();
			errors.add(Math.abs(found - call.audio().liveAgentAt()));
		}
		Collections.sort(errors);
		assertThat(errors.get((int) Math.ceil(errors.size() * 0.95) - 1)).as("p95 of the error (s)").isLessThan(0.5);
		assertThat(errors.get(errors.size() - 1)).as("largest error (s)").isLessThan(1.0);
	}

	@Test
	void shouldJudgeACallThatStopsDuringTheHoldMusicAsNobodyYetAndOneThatStopsDuringTheGreetingAsDoubtful() {
		Fixture call = CallFixtures.all().get(1);
		byte[] audio = call.audio().muLaw();
		double agent = call.audio().liveAgentAt();

		CallAnalysis duringHold = this.detector
			.analyse(CallAudio.fromMuLaw(Arrays.copyOf(audio, (int) ((agent - 4) * CallAudio.SAMPLE_RATE))));
		assertThat(duringHold.liveAgentAt()).as("no person before the music ends").isNull();

		CallAnalysis duringGreeting = this.detector
			.analyse(CallAudio.fromMuLaw(Arrays.copyOf(audio, (int) ((agent + 1.2) * CallAudio.SAMPLE_RATE))));
		assertThat(duringGreeting.liveAgentAt() == null || duringGreeting.doubtful())
			.as("a greeting cut off after 1.2 s cannot be told from a recording with confidence: %s", duringGreeting)
			.isTrue();
	}

	@Test
	void shouldTakeSpeechHeardWhileTheMenuIsBeingNavigatedForTheMenu() {
		SimulatedCallAudio call = CallFixtures.menuThenQuietThenPerson();
		CallAudio audio = CallAudio.fromWav(new ByteArrayInputStream(call.wav()));
		CallAnalysis analysis = this.detector.analyse(audio, CallFixtures.MENU_KEYS_PRESSED_UNTIL);

		assertThat(analysis.liveAgentAt()).isCloseTo(call.liveAgentAt(), within(0.5));
		assertThat(analysis.doubtful()).isFalse();
	}

	private CallAnalysis analyse(byte[] wav) {
		return this.detector.analyse(CallAudio.fromWav(new ByteArrayInputStream(wav)));
	}

	private static double liveSpeechDuring(CallAnalysis analysis, double from, double to) {
		return analysis.segments()
			.stream()
			.filter((segment) -> segment.kind() == SegmentKind.LIVE_SPEECH)
			.mapToDouble((segment) -> Math.max(0, Math.min(to, segment.to()) - Math.max(from, segment.from())))
			.sum();
	}

}
