package nl.schaduwklant.probes.phone.audio;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import nl.schaduwklant.probes.NotCallAudio;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * Call audio is read from 8 kHz mono WAV, μ-law or 16-bit PCM, and from Media Streams'
 * μ-law bytes; anything else is refused with what it is instead. Tones and silence made
 * here are segmented as such.
 */
class CallAudioTests {

	@Test
	void shouldReadPcmAndMuLawWavAsTheSameSoundWithinMuLawPrecision() throws IOException {
		float[] tone = tone(425, 1.0, 0.5f);
		CallAudio pcm = CallAudio
			.fromWav(new ByteArrayInputStream(wav(tone, 8000, 1, AudioFormat.Encoding.PCM_SIGNED)));
		CallAudio muLaw = CallAudio.fromWav(new ByteArrayInputStream(wav(tone, 8000, 1, AudioFormat.Encoding.ULAW)));

		assertThat(pcm.seconds()).isEqualTo(1.0);
		assertThat(muLaw.samples()).hasSameSizeAs(pcm.samples());
		for (int i = 0; i < tone.length; i += 97) {
			assertThat(pcm.samples()[i]).isCloseTo(tone[i], within(0.001f));
			assertThat(muLaw.samples()[i]).isCloseTo(tone[i], within(0.02f));
		}
	}

	@Test
	void shouldRefuseStereoOtherRatesAndFilesThatAreNotWav() throws IOException {
		float[] tone = tone(440, 0.2, 0.5f);
		assertThatExceptionOfType(NotCallAudio.class).isThrownBy(
				() -> CallAudio.fromWav(new ByteArrayInputStream(wav(tone, 16000, 1, AudioFormat.Encoding.PCM_SIGNED))))
			.withMessage("call audio must be mono at 8000 Hz, this is 1 channel(s) at 16000 Hz");
		assertThatExceptionOfType(NotCallAudio.class).isThrownBy(
				() -> CallAudio.fromWav(new ByteArrayInputStream(wav(tone, 8000, 2, AudioFormat.Encoding.PCM_SIGNED))))
			.withMessage("call audio must be mono at 8000 Hz, this is 2 channel(s) at 8000 Hz");
		assertThatExceptionOfType(NotCallAudio.class)
			.isThrownBy(() -> CallAudio.fromWav(new ByteArrayInputStream("RIFF, but not really".getBytes())))
			.withMessageStartingWith("not a WAV file of call audio");
	}

	@Test
	void shouldHearRingbackAsTonesBetweenSilencesAndNobodySpeaking() {
		float[] call = new float[8000 * 15];
		for (int cycle = 0; cycle < 3; cycle++) {
			float[] burst = tone(425, 1.0, 0.3f);
			System.arraycopy(burst, 0, call, cycle * 5 * 8000, burst.length);
		}

		CallAnalysis analysis = new LiveAgentDetector().analyse(new CallAudio(call));

		assertThat(analysis.liveAgentAt()).isNull();
		assertThat(analysis.segments()).extracting(AudioSegment::kind)
			.containsExactly(SegmentKind.TONE, SegmentKind.SILENCE, SegmentKind.TONE, SegmentKind.SILENCE,
					SegmentKind.TONE, SegmentKind.SILENCE);
		assertThat(analysis.segments().get(2).from()).isCloseTo(5.0, within(0.05));
		assertThat(analysis.segments().get(2).seconds()).isCloseTo(1.0, within(0.1));
	}

	@Test
	void shouldNeverBeSureNobodyAnsweredWhenNothingAtAllWasHeard() {
		CallAnalysis silent = new LiveAgentDetector().analyse(new CallAudio(new float[8000 * 10 + 77]));
		CallAnalysis empty = new LiveAgentDetector().analyse(new CallAudio(new float[0]));

		assertThat(silent.liveAgentAt()).isNull();
		assertThat(silent.doubtful()).as("a silent stream is more likely a failed one").isTrue();
		assertThat(silent.segments()).singleElement().satisfies((segment) -> {
			assertThat(segment.kind()).isEqualTo(SegmentKind.SILENCE);
			assertThat(segment.to()).as("to the last sample").isEqualTo(10 + 77 / 8000.0);
		});
		assertThat(empty.doubtful()).isTrue();
		assertThat(empty.segments()).singleElement().extracting(AudioSegment::to).isEqualTo(0.0);
	}

	@Test
	void shouldDecodeMediaStreamsMuLawBytes() {
		// μ-law 0xFF is the zero level, 0x80 the loudest positive and 0x00 the loudest
		// negative sample (G.711)
		CallAudio audio = CallAudio.fromMuLaw(new byte[] { (byte) 0xFF, (byte) 0x80, 0x00 });

		assertThat(audio.samples()[0]).isZero();
		assertThat(audio.samples()[1]).isGreaterThan(0.9f);
		assertThat(audio.samples()[2]).isLessThan(-0.9f);
	}

	private static float[] tone(double hz, double seconds, float amplitude) {
		float[] samples = new float[(int) (seconds * 8000)];
		for (int i = 0; i < samples.length; i++) {
			samples[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / 8000));
		}
		return samples;
	}

	private static byte[] wav(float[] samples, float rate, int channels, AudioFormat.Encoding encoding)
			throws IOException {
		byte[] pcm = new byte[samples.length * 2 * channels];
		for (int i = 0; i < samples.length; i++) {
			int sample = Math.round(samples[i] * 32767);
			for (int c = 0; c < channels; c++) {
				pcm[(i * channels + c) * 2] = (byte) sample;
				pcm[(i * channels + c) * 2 + 1] = (byte) (sample >> 8);
			}
		}
		var pcmFormat = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, rate, 16, channels, 2 * channels, rate, false);
		AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(pcm), pcmFormat, samples.length);
		if (encoding == AudioFormat.Encoding.ULAW) {
			stream = AudioSystem.getAudioInputStream(
					new AudioFormat(AudioFormat.Encoding.ULAW, rate, 8, channels, channels, rate, false), stream);
		}
		var out = new ByteArrayOutputStream();
		AudioSystem.write(stream, AudioFileFormat.Type.WAVE, out);
		return out.toByteArray();
	}

}
