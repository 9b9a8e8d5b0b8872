package nl.schaduwklant.probes.phone.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a call's frames into silence, tones, music and speech (which
 * {@link LiveAgentDetector} then tells recorded from live). A frame is silent below the
 * call's own noise floor plus a margin, so that a noisy line is judged against its noise.
 * Sound between silences (pauses shorter than a word gap are bridged) is judged in steps
 * of a fifth of a second, each from the 1.5 s around it: nearly all energy in one or two
 * spectral peaks is a tone (short and steady, bounded by silence: ringback, beeps) or
 * music (longer or changing: chords, a melody); a level that rises syllable by syllable,
 * several times a second, with a spectrum that keeps changing shape, is speech; other
 * sound is music.
 */
final class SoundSegmenter {

	/** What a stretch sounds like before speech is told recorded from live. */
	enum Sound {

		SILENCE, TONE, MUSIC, SPEECH

	}

	/**
	 * A stretch of frames of one sound.
	 *
	 * @param sound what it sounds like
	 * @param from its first frame
	 * @param to the frame after its last
	 */
	record Stretch(Sound sound, int from, int to) {

		int frames() {
			return this.to - this.from;
		}

	}

	/** Above the noise floor by this much, a frame is not silent. */
	static final double MARGIN_DB = 9;

	/** Below this, a frame is silent whatever the noise floor. */
	static final double QUIET_DB = -58;

	/**
	 * Above this, a frame is never silent: a line's noise lies well below it, and a call
	 * that is sound from start to end (hold music at once) has no floor of its own.
	 */
	static final double AUDIBLE_DB = -32;

	/** Silences shorter than this (in frames) inside sound are bridged. */
	static final int BRIDGED_GAP = 12;

	/** Sound shorter than this (in frames) is a click, taken as silence. */
	static final int SHORTEST_SOUND = 4;

	static final int STEP = 10;

	static final int CONTEXT = 75;

	static final double TONAL_PEAK_SHARE = 0.8;

	/**
	 * The longest tone burst, in frames (a continuous tone longer than this is music).
	 */
	static final int LONGEST_TONE = 150;

	static final double STEADY_TONE_HZ = 25;

	/**
	 * A rise of this much (in dB) over two frames is the onset of a syllable or a note.
	 */
	static final double ONSET_DB = 6;

	/** Speech has at least this many onsets per second. */
	static final double SPEECH_ONSETS = 5;

	/** The median change of spectral shape from frame to frame (dB) of speech. */
	static final double SPEECH_FLUX_DB = 3;

	static final double SPEECH_LEVEL_SPREAD_DB = 8;

	/** The frames on each side compared to find where speech starts. */
	static final int SPEECH_START_WINDOW = 37;

	/*
	 * How much each difference counts where speech starts: a tenth of peak share as much
	 * as half a dB of spectral change or a 1.5 dB change in level spread (the argmax
	 * hardly moves with these weights).
	 */

	static final double WEIGHT_TONAL = 20;

	static final double WEIGHT_FLUX = 1;

	static final double WEIGHT_SPREAD = 1.0 / 3;

	private SoundSegmenter() {
	}

	/**
	 * @param frames the call's frames
	 * @return its stretches, in order, covering every frame
	 */
	static List<Stretch> stretches(List<Frame> frames) {
		boolean[] active = active(frames);
		List<Stretch> out = new ArrayList<>();
		int i = 0;
		while (i < frames.size()) {
			int end = i;
			while (end < frames.size() && active[end] == active[i]) {
				end++;
			}
			if (active[i]) {
				classify(frames, i, end, out);
			}
			else {
				append(out, new Stretch(Sound.SILENCE, i, end));
			}
			i = end;
		}
		return out;
	}

	static double silenceThreshold(List<Frame> frames) {
		if (frames.isEmpty()) {
			return QUIET_DB;
		}
		double[] levels = frames.stream().mapToDouble(Frame::level).sorted().toArray();
		double floor = levels[(int) (levels.length * 0.1)];
		return Math.min(Math.max(floor + MARGIN_DB, QUIET_DB), AUDIBLE_DB);
	}

	/**
	 * @return per frame whether it is sound: above the silence threshold, with short
	 * silences inside sound bridged and clicks dropped
	 */
	private static boolean[] active(List<Frame> frames) {
		double threshold = silenceThreshold(frames);
		boolean[] active = new boolean[frames.size()];
		for (int i = 0; i < active.length; i++) {
			active[i] = frames.get(i).level() >= threshold;
		}
		fillRuns(active, false, BRIDGED_GAP, true);
		fillRuns(active, true, SHORTEST_SOUND, false);
		return active;
	}

	/**
	 * Sets runs of {@code value} shorter than {@code shorterThan} that lie between runs
	 * of the other value (or, for sound, anywhere) to {@code replacement}.
	 */
	private static void fillRuns(boolean[] active, boolean value, int shorterThan, boolean replacement) {
		int i = 0;
		while (i < active.length) {
			if (active[i] != value) {
				i++;
				continue;
			}
			int end = i;
			while (end < active.length && active[end] == value) {
				end++;
			}
			boolean inside = i > 0 && end < active.length;
			if (end - i < shorterThan && (inside || value)) {
				for (int k = i; k < end; k++) {
					active[k] = replacement;
				}
			}
			i = end;
		}
	}

	/**
	 * Judges a stretch of sound in steps, appending what it finds.
	 */
	private static void classify(List<Frame> frames, int from, int to, List<Stretch> out) {
		boolean steadyShortTone = to - from <= LONGEST_TONE && steadyFrequency(frames, from, to);
		List<Stretch> stretches = new ArrayList<>();
		for (int step = from; step < to; step += STEP) {
			int stepEnd = Math.min(step + STEP, to);
			int centre = (step + stepEnd) / 2;
			int contextFrom = Math.max(from, centre - CONTEXT / 2 - 1);
			int contextTo = Math.min(to, centre + CONTEXT / 2 + 1);
			append(stretches, new Stretch(sound(frames, contextFrom, contextTo, steadyShortTone), step, stepEnd));
		}
		for (int i = 0; i < stretches.size(); i++) {
			Stretch stretch = stretches.get(i);
			if (i > 0 && stretch.sound() == Sound.SPEECH && stretches.get(i - 1).sound() != Sound.SPEECH) {
				int start = speechStart(frames, stretches.get(i - 1).from(), stretch.from(), stretch.to());
				Stretch before = stretches.get(i - 1);
				stretches.set(i - 1, new Stretch(before.sound(), before.from(), start));
				stretch = new Stretch(Sound.SPEECH, start, stretch.to());
				stretches.set(i, stretch);
			}
		}
		stretches.stream().filter((stretch) -> stretch.frames() > 0).forEach((stretch) -> append(out, stretch));
	}

	/**
	 * Where speech that follows other sound without a pause starts: a centred context
	 * hears it coming up to half a context early, so the start is the frame around there
	 * where the sound before and the sound after differ most (in how tonal they are, how
	 * fast their spectrum changes and how much their level moves).
	 */
	private static int speechStart(List<Frame> frames, int earliest, int judged, int latest) {
		int half = CONTEXT / 2;
		int best = judged;
		double bestChange = -1;
		for (int start = Math.max(earliest + SPEECH_START_WINDOW, judged - half); start <= Math
			.min(latest - SPEECH_START_WINDOW, judged + half); start++) {
			double change = difference(features(frames, start - SPEECH_START_WINDOW, start),
					features(frames, start, start + SPEECH_START_WINDOW));
			if (change > bestChange) {
				bestChange = change;
				best = start;
			}
		}
		return best;
	}

	/**
	 * @return how tonal the frames are, how fast their spectrum changes and how much
	 * their level moves
	 */
	private static double[] features(List<Frame> frames, int from, int to) {
		double peakShare = 0;
		double flux = 0;
		double level = 0;
		for (int i = from; i < to; i++) {
			peakShare += frames.get(i).peakShare();
			level += frames.get(i).level();
			if (i > from) {
				flux += shapeChange(frames.get(i), frames.get(i - 1));
			}
		}
		int count = to - from;
		level /= count;
		double spread = 0;
		for (int i = from; i < to; i++) {
			spread += Math.pow(frames.get(i).level() - level, 2);
		}
		return new double[] { peakShare / count, flux / Math.max(1, count - 1), Math.sqrt(spread / count) };
	}

	private static double difference(double[] before, double[] after) {
		return 20 * Math.abs(before[0] - after[0]) + Math.abs(before[1] - after[1])
				+ Math.abs(before[2] - after[2]) / 3;
	}

	private static Sound sound(List<Frame> frames, int from, int to, boolean steadyShortTone) {
		double peakShare = 0;
		double level = 0;
		for (int i = from; i < to; i++) {
			peakShare += frames.get(i).peakShare();
			level += frames.get(i).level();
		}
		int count = to - from;
		peakShare /= count;
		level /= count;
		if (peakShare >= TONAL_PEAK_SHARE) {
			return steadyShortTone ? Sound.TONE : Sound.MUSIC;
		}
		double spread = 0;
		int onsets = 0;
		double[] flux = new double[Math.max(0, count - 1)];
		for (int i = from; i < to; i++) {
			double difference = frames.get(i).level() - level;
			spread += difference * difference;
			if (i >= from + 2 && frames.get(i).level() - frames.get(i - 2).level() > ONSET_DB) {
				onsets++;
			}
			if (i > from) {
				flux[i - from - 1] = shapeChange(frames.get(i), frames.get(i - 1));
			}
		}
		spread = Math.sqrt(spread / count);
		Arrays.sort(flux);
		double medianFlux = (flux.length > 0) ? flux[flux.length / 2] : 0;
		double onsetsPerSecond = onsets * (double) Frame.PER_SECOND / count;
		if (onsetsPerSecond >= SPEECH_ONSETS && (medianFlux >= SPEECH_FLUX_DB || spread >= SPEECH_LEVEL_SPREAD_DB)) {
			return Sound.SPEECH;
		}
		return Sound.MUSIC;
	}

	/**
	 * @return how much the shape of the spectrum changed between two frames: the root
	 * mean square difference of their shapes
	 */
	private static double shapeChange(Frame a, Frame b) {
		double[] x = a.shape();
		double[] y = b.shape();
		double sum = 0;
		for (int i = 0; i < x.length; i++) {
			sum += (x[i] - y[i]) * (x[i] - y[i]);
		}
		return Math.sqrt(sum / x.length);
	}

	private static boolean steadyFrequency(List<Frame> frames, int from, int to) {
		double mean = 0;
		for (int i = from; i < to; i++) {
			mean += frames.get(i).peakHz();
		}
		mean /= (to - from);
		double spread = 0;
		for (int i = from; i < to; i++) {
			spread += Math.pow(frames.get(i).peakHz() - mean, 2);
		}
		return Math.sqrt(spread / (to - from)) <= STEADY_TONE_HZ;
	}

	private static void append(List<Stretch> out, Stretch stretch) {
		if (!out.isEmpty()) {
			Stretch last = out.get(out.size() - 1);
			if (last.sound() == stretch.sound() && last.to() == stretch.from()) {
				out.set(out.size() - 1, new Stretch(last.sound(), last.from(), stretch.to()));
				return;
			}
		}
		out.add(stretch);
	}

}
