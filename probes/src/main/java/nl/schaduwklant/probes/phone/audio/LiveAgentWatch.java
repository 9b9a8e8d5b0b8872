package nl.schaduwklant.probes.phone.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Follows a call's audio while it arrives and says when a person has answered, so the
 * question can be put to them. The frames are measured once, as they arrive (each as soon
 * as its analysis window is complete, so they are the frames of the whole audio); the
 * detector runs again at most once per second of new audio. A person counts as having
 * answered only once the audio has gone on long enough after their greeting for it not to
 * be a recording ({@value #CONFIRMED_AFTER} s: music, a tone or the end of the call that
 * soon after it would make it one). This is what the call does next, never the
 * measurement: the measurement is the detector's verdict on the whole audio once the call
 * is over. Not thread-safe.
 */
public final class LiveAgentWatch {

	/** Seconds of audio after a greeting that show it was not a recording. */
	public static final double CONFIRMED_AFTER = Frame.seconds(LiveAgentDetector.FOLLOWED_WITHIN);

	private static final int WINDOW_AFTER = 48;

	private final LiveAgentDetector detector = new LiveAgentDetector();

	private final FrameAnalyzer analyzer = new FrameAnalyzer();

	private final List<Frame> frames = new ArrayList<>();

	private float[] samples = new float[8000 * 30];

	private int length;

	private int analysedAt;

	private Double confirmed;

	private final int menuUntil;

	/**
	 * @param menuUntil the second of the audio until which the caller navigates the
	 * organisation's menu (0: no menu)
	 */
	public LiveAgentWatch(double menuUntil) {
		this.menuUntil = (int) Math.round(menuUntil * Frame.PER_SECOND);
	}

	public LiveAgentWatch() {
		this(0);
	}

	/**
	 * @param muLaw the next audio, 8 kHz μ-law
	 */
	public void append(byte[] muLaw) {
		float[] decoded = CallAudio.fromMuLaw(muLaw).samples();
		if (this.length + decoded.length > this.samples.length) {
			this.samples = Arrays.copyOf(this.samples, Math.max(this.samples.length * 2, this.length + decoded.length));
		}
		System.arraycopy(decoded, 0, this.samples, this.length, decoded.length);
		this.length += decoded.length;
		int next = this.frames.size() * Frame.SAMPLES;
		while (next + Frame.SAMPLES + WINDOW_AFTER <= this.length) {
			this.frames.add(this.analyzer.frame(this.samples, next));
			next += Frame.SAMPLES;
		}
	}

	/**
	 * @return the second of the audio at which a person answered, once that is certain
	 * enough to speak to them
	 */
	public Optional<Double> liveAgent() {
		if (this.confirmed == null && this.frames.size() - this.analysedAt >= Frame.PER_SECOND) {
			this.analysedAt = this.frames.size();
			CallAnalysis analysis = this.detector.analyse(List.copyOf(this.frames), this.menuUntil);
			if (analysis.liveAgentAt() != null && !analysis.doubtful()) {
				double heard = Frame.seconds(this.frames.size());
				analysis.segments()
					.stream()
					.filter((segment) -> segment.kind() == SegmentKind.LIVE_SPEECH
							&& segment.from() == analysis.liveAgentAt())
					.findFirst()
					.filter((greeting) -> heard - greeting.to() >= CONFIRMED_AFTER)
					.ifPresent((greeting) -> this.confirmed = greeting.from());
			}
		}
		return Optional.ofNullable(this.confirmed);
	}

	/**
	 * @return the seconds of audio received
	 */
	public double seconds() {
		return (double) this.length / CallAudio.SAMPLE_RATE;
	}

}
