package nl.schaduwklant.probes.phone.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Follows a call's audio while it arrives and says when a person has answered, so the
 * question can be put to them. The frames are measured once, as they arrive (each as soon
 * as its analysis window is complete, so they are the frames of the whole audio; only the
 * samples a frame still needs are kept); the detector runs again at most once per second
 * of new audio, and may run on another thread than the one that feeds the audio (see
 * {@link #due()}). A person counts as having answered only once the audio has gone on
 * long enough after their greeting for it not to be a recording
 * ({@value #CONFIRMED_AFTER} s: music, a tone or the end of the call that soon after it
 * would make it one). This is what the call does next, never the measurement: the
 * measurement is the detector's verdict on the whole audio once the call is over. Once a
 * person is sure, nothing more is kept. Not thread-safe.
 */
public final class LiveAgentWatch {

	/** Seconds of audio after a greeting that show it was not a recording. */
	public static final double CONFIRMED_AFTER = Frame.seconds(LiveAgentDetector.FOLLOWED_WITHIN);

	/** Samples a frame's analysis window reaches beyond the frame. */
	private static final int WINDOW_AFTER = 48;

	/** Samples a frame's analysis window reaches before the frame. */
	private static final int WINDOW_BEFORE = 48;

	private final FrameAnalyzer analyzer = new FrameAnalyzer();

	private final List<Frame> frames = new ArrayList<>();

	private final int menuUntil;

	/** The samples from {@link #offset} on that frames still to be measured need. */
	private float[] pending = new float[0];

	/** The position in the audio of {@code pending[0]}. */
	private long offset;

	private int analysedAt;

	private Double confirmed;

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
		if (this.confirmed != null) {
			return;
		}
		float[] decoded = CallAudio.fromMuLaw(muLaw).samples();
		float[] samples = new float[this.pending.length + decoded.length];
		System.arraycopy(this.pending, 0, samples, 0, this.pending.length);
		System.arraycopy(decoded, 0, samples, this.pending.length, decoded.length);
		long next = (long) this.frames.size() * Frame.SAMPLES;
		while (next + Frame.SAMPLES + WINDOW_AFTER <= this.offset + samples.length) {
			this.frames.add(this.analyzer.frame(samples, (int) (next - this.offset)));
			next += Frame.SAMPLES;
		}
		long keepFrom = Math.max(this.offset, next - WINDOW_BEFORE);
		this.pending = java.util.Arrays.copyOfRange(samples, (int) (keepFrom - this.offset), samples.length);
		this.offset = keepFrom;
	}

	/**
	 * @return the frames to judge, when a second of new audio has come since the last
	 * judgement and no person is sure yet
	 */
	public Optional<Due> due() {
		if (this.confirmed != null || this.frames.size() - this.analysedAt < Frame.PER_SECOND) {
			return Optional.empty();
		}
		this.analysedAt = this.frames.size();
		return Optional.of(new Due(List.copyOf(this.frames), this.menuUntil));
	}

	/**
	 * @param at the second at which a person answered, as a {@link Due} judged it
	 */
	public void confirm(double at) {
		if (this.confirmed == null) {
			this.confirmed = at;
			this.frames.clear();
			this.pending = new float[0];
		}
	}

	/**
	 * @return the second of the audio at which a person answered, once that is certain
	 * enough to speak to them
	 */
	public Optional<Double> confirmed() {
		return Optional.ofNullable(this.confirmed);
	}

	/**
	 * Judges the audio so far and confirms what it finds: for a caller on one thread.
	 * @return the second at which a person answered, once sure
	 */
	public Optional<Double> liveAgent() {
		due().flatMap(Due::judge).ifPresent(this::confirm);
		return confirmed();
	}

	/**
	 * The frames of a call so far, to be judged.
	 *
	 * @param frames the frames
	 * @param menuUntil the frame until which the caller navigated the menu
	 */
	public record Due(List<Frame> frames, int menuUntil) {

		/**
		 * @return the second at which a person answered, if that is sure: a live greeting
		 * followed by at least {@value LiveAgentWatch#CONFIRMED_AFTER} s of audio
		 */
		public Optional<Double> judge() {
			CallAnalysis analysis = new LiveAgentDetector().analyse(this.frames, this.menuUntil);
			if (analysis.liveAgentAt() == null || analysis.doubtful()) {
				return Optional.empty();
			}
			double heard = Frame.seconds(this.frames.size());
			return analysis.segments()
				.stream()
				.filter((segment) -> segment.kind() == SegmentKind.LIVE_SPEECH
						&& segment.from() == analysis.liveAgentAt())
				.findFirst()
				.filter((greeting) -> heard - greeting.to() >= CONFIRMED_AFTER)
				.map(AudioSegment::from);
		}

	}

}
