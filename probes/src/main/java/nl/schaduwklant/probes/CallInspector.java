package nl.schaduwklant.probes;

import java.io.InputStream;

import nl.schaduwklant.probes.phone.audio.CallAnalysis;
import nl.schaduwklant.probes.phone.audio.CallAudio;
import nl.schaduwklant.probes.phone.audio.LiveAgentDetector;

/**
 * Explains a call's audio as the phone probe hears it: when a live agent first spoke, how
 * sure that is, and the silence, tones, music and recorded or live speech around it. Pure
 * computation, without recording anything; safe to share between threads.
 */
public final class CallInspector {

	/**
	 * @param wav a WAV file of 8 kHz mono audio, μ-law or 16-bit PCM
	 * @return what the audio shows
	 * @throws NotCallAudio when it is not such a file
	 */
	public CallInspection inspect(InputStream wav) {
		return inspect(wav, 0);
	}

	/**
	 * @param wav a WAV file of 8 kHz mono audio, μ-law or 16-bit PCM
	 * @param menuUntil the second until which the caller pressed the keys of the
	 * organisation's menu (speech before it is the menu; a probe's call records it), 0
	 * for none
	 * @return what the audio shows
	 * @throws NotCallAudio when it is not such a file
	 */
	public CallInspection inspect(InputStream wav, double menuUntil) {
		CallAnalysis analysis = new LiveAgentDetector().analyse(CallAudio.fromWav(wav), menuUntil);
		return new CallInspection(analysis.liveAgentAt(), rounded(analysis.confidence()), analysis.doubtful(),
				analysis.segments()
					.stream()
					.map((segment) -> new CallInspection.Segment(segment.kind().label(), rounded(segment.from()),
							rounded(segment.to())))
					.toList());
	}

	private static double rounded(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
