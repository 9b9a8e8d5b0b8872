package nl.schaduwklant.probes.phone.audio;

import java.util.ArrayList;
import java.util.List;

import nl.schaduwklant.probes.phone.audio.SoundSegmenter.Sound;
import nl.schaduwklant.probes.phone.audio.SoundSegmenter.Stretch;

/**
 * Finds the moment a person first speaks on a call, from its audio alone. Speech is a
 * recording when it is played again later or was heard before (queue announcements
 * repeat), when music or a tone follows it before anyone else speaks (a menu or an
 * announcement before the hold music), when it runs on after a short pause into such a
 * recording (a menu read out again), when it runs on for longer than a person greets (a
 * menu), or when the line goes quiet and ends right after it (a closed-hours message).
 * The first speech that is none of these is the live agent; how sure that is depends on
 * how much of the call after it confirms it (a person who has greeted waits for an
 * answer). Speech that starts while the caller is still pressing the keys of the
 * organisation's menu is that menu. Pure computation: no clock, no I/O; the same audio
 * gives the same verdict.
 */
public class LiveAgentDetector {

	/** Pauses shorter than this (in frames) do not end an utterance. */
	static final int BREATH = 35;

	/** Music or a tone this soon (in frames) after speech makes it a recording. */
	static final int FOLLOWED_WITHIN = 400;

	/**
	 * Music shorter than this (in frames) after speech is a held vowel on a noisy line,
	 * not hold music (unless the speech itself came out of music).
	 */
	static final int SHORTEST_MUSIC = 50;

	/** Speech longer than this (in seconds) without a longer pause is a recording. */
	static final double LONGEST_GREETING = 7;

	/**
	 * Quiet after speech for this long (in frames) shows a person waiting for an answer.
	 */
	static final int WAITS = 150;

	/** The call ending this soon (in frames) after speech makes it a recording. */
	static final int ENDS_WITHIN = 75;

	/** The confidence of a verdict on audio in which nothing was heard. */
	static final double NOTHING_HEARD = 0.3;

	private final FrameAnalyzer frames = new FrameAnalyzer();

	/**
	 * @param audio a call's audio
	 * @return what it shows
	 */
	public CallAnalysis analyse(CallAudio audio) {
		return analyse(audio, 0);
	}

	/**
	 * @param audio a call's audio
	 * @param menuUntil the second of the audio until which the caller was still finding
	 * its way through the organisation's menu (pressing its keys): speech that starts
	 * before it is the menu, never a person; 0 when there was no menu to navigate
	 * @return what it shows
	 */
	public CallAnalysis analyse(CallAudio audio, double menuUntil) {
		CallAnalysis analysis = analyse(this.frames.frames(audio), (int) Math.round(menuUntil * Frame.PER_SECOND));
		// the frames leave out the last few milliseconds that do not fill a frame
		List<AudioSegment> segments = new ArrayList<>(analysis.segments());
		if (segments.isEmpty()) {
			segments.add(new AudioSegment(SegmentKind.SILENCE, 0, audio.seconds()));
		}
		else {
			AudioSegment last = segments.remove(segments.size() - 1);
			segments.add(new AudioSegment(last.kind(), last.from(), audio.seconds()));
		}
		return new CallAnalysis(analysis.liveAgentAt(), analysis.confidence(), segments);
	}

	/**
	 * @param frames a call's frames, in order
	 * @return what they show
	 */
	public CallAnalysis analyse(List<Frame> frames) {
		return analyse(frames, 0);
	}

	/**
	 * @param frames a call's frames, in order
	 * @param menuUntil the frame until which the caller was navigating the menu
	 * @return what they show
	 */
	public CallAnalysis analyse(List<Frame> frames, int menuUntil) {
		List<Stretch> stretches = SoundSegmenter.stretches(frames);
		List<Utterance> utterances = utterances(stretches);
		Recording[] recorded = new Recording[utterances.size()];
		for (int i = 0; i < utterances.size(); i++) {
			for (int j = 0; j < i; j++) {
				if (utterances.get(i).repeats(utterances.get(j), frames)) {
					recorded[i] = Recording.REPEATED;
					recorded[j] = Recording.REPEATED;
				}
			}
		}
		for (int i = 0; i < utterances.size(); i++) {
			if (recorded[i] == null && utterances.get(i).from() < menuUntil) {
				recorded[i] = Recording.MENU;
			}
			if (recorded[i] == null) {
				recorded[i] = recordingBy(utterances.get(i), stretches, frames.size());
			}
		}
		// a fragment that runs on, after a short pause, into a recording is the end of
		// that recording (a menu read out again while waiting for keys)
		for (int i = utterances.size() - 2; i >= 0; i--) {
			Recording next = recorded[i + 1];
			if (recorded[i] == null && (next == Recording.REPEATED || next == Recording.FOLLOWED_BY_HOLD)
					&& utterances.get(i + 1).from() - utterances.get(i).to() < WAITS) {
				recorded[i] = Recording.RUNS_INTO_RECORDING;
			}
		}
		int live = -1;
		for (int i = 0; i < utterances.size() && live < 0; i++) {
			if (recorded[i] == null) {
				live = i;
			}
		}
		List<AudioSegment> segments = segments(stretches, utterances, recorded);
		if (stretches.stream().allMatch((stretch) -> stretch.sound() == Sound.SILENCE)) {
			// nothing at all was heard: more likely a stream or recording that failed
			// than
			// a line that stayed silent, so never a confident "nobody answered"
			return new CallAnalysis(null, NOTHING_HEARD, segments);
		}
		if (live < 0) {
			double sure = 0.9;
			for (Recording recording : recorded) {
				sure = Math.min(sure, recording.strength);
			}
			return new CallAnalysis(null, sure, segments);
		}
		Utterance agent = utterances.get(live);
		return new CallAnalysis(Frame.seconds(agent.from()),
				confidence(agent, live, utterances, recorded, stretches, frames.size()), segments);
	}

	private static List<Utterance> utterances(List<Stretch> stretches) {
		List<Utterance> utterances = new ArrayList<>();
		for (int i = 0; i < stretches.size(); i++) {
			if (stretches.get(i).sound() != Sound.SPEECH) {
				continue;
			}
			int from = stretches.get(i).from();
			int to = stretches.get(i).to();
			while (i + 2 < stretches.size() && stretches.get(i + 1).sound() == Sound.SILENCE
					&& stretches.get(i + 1).frames() < BREATH && stretches.get(i + 2).sound() == Sound.SPEECH) {
				to = stretches.get(i + 2).to();
				i += 2;
			}
			utterances.add(new Utterance(from, to));
		}
		return utterances;
	}

	/**
	 * @return why an utterance that repeats no other is a recording, or {@code null} when
	 * it is not
	 */
	private static Recording recordingBy(Utterance utterance, List<Stretch> stretches, int frames) {
		boolean inMusic = stretches.stream()
			.anyMatch((stretch) -> stretch.sound() == Sound.MUSIC && stretch.frames() >= SHORTEST_MUSIC
					&& stretch.to() <= utterance.from() && utterance.from() - stretch.to() < BREATH);
		for (Stretch stretch : stretches) {
			if (stretch.from() < utterance.to()) {
				continue;
			}
			if (stretch.from() - utterance.to() > FOLLOWED_WITHIN || stretch.sound() == Sound.SPEECH) {
				break;
			}
			if ((stretch.sound() == Sound.MUSIC && (inMusic || stretch.frames() >= SHORTEST_MUSIC))
					|| stretch.sound() == Sound.TONE) {
				return Recording.FOLLOWED_BY_HOLD;
			}
		}
		if (frames - utterance.to() < ENDS_WITHIN && audibleAfter(utterance, stretches) == 0) {
			return Recording.CALL_ENDS;
		}
		if (utterance.seconds() > LONGEST_GREETING) {
			return Recording.LONG;
		}
		return null;
	}

	private static int audibleAfter(Utterance utterance, List<Stretch> stretches) {
		int audible = 0;
		for (Stretch stretch : stretches) {
			if (stretch.from() >= utterance.to() && stretch.sound() != Sound.SILENCE) {
				audible += stretch.frames();
			}
		}
		return audible;
	}

	private static double confidence(Utterance agent, int index, List<Utterance> utterances, Recording[] recorded,
			List<Stretch> stretches, int frames) {
		double confidence = 0.5;
		int quietAfter = (index + 1 < utterances.size()) ? utterances.get(index + 1).from() - agent.to()
				: frames - agent.to();
		if (quietAfter >= WAITS || (index + 1 < utterances.size() && recorded[index + 1] == null)) {
			confidence += 0.25;
		}
		else if (frames - agent.to() < ENDS_WITHIN) {
			confidence -= 0.2;
		}
		if (agent.seconds() >= 0.5 && agent.seconds() <= 6) {
			confidence += 0.1;
		}
		boolean routed = index > 0 || stretches.stream()
			.anyMatch((stretch) -> stretch.to() <= agent.from()
					&& (stretch.sound() == Sound.MUSIC || stretch.sound() == Sound.TONE));
		if (routed || agent.from() <= 3 * Frame.PER_SECOND) {
			confidence += 0.1;
		}
		return Math.max(0.05, Math.min(0.97, confidence));
	}

	private static List<AudioSegment> segments(List<Stretch> stretches, List<Utterance> utterances,
			Recording[] recorded) {
		List<AudioSegment> segments = new ArrayList<>();
		int next = 0;
		for (Stretch stretch : stretches) {
			if (next < utterances.size() && stretch.from() >= utterances.get(next).from()
					&& stretch.from() < utterances.get(next).to()) {
				Utterance utterance = utterances.get(next);
				if (stretch.to() >= utterance.to()) {
					SegmentKind kind = (recorded[next] != null) ? SegmentKind.RECORDED_SPEECH : SegmentKind.LIVE_SPEECH;
					segments
						.add(new AudioSegment(kind, Frame.seconds(utterance.from()), Frame.seconds(utterance.to())));
					next++;
				}
				continue;
			}
			segments.add(new AudioSegment(kind(stretch.sound()), Frame.seconds(stretch.from()),
					Frame.seconds(stretch.to())));
		}
		return segments;
	}

	private static SegmentKind kind(Sound sound) {
		return switch (sound) {
			case SILENCE -> SegmentKind.SILENCE;
			case TONE -> SegmentKind.TONE;
			case MUSIC -> SegmentKind.MUSIC;
			case SPEECH -> SegmentKind.RECORDED_SPEECH;
		};
	}

	/**
	 * Why speech is taken for a recording, and how sure that makes us that no person
	 * spoke.
	 */
	private enum Recording {

		MENU(0.95), REPEATED(0.9), FOLLOWED_BY_HOLD(0.85), RUNS_INTO_RECORDING(0.8), CALL_ENDS(0.7), LONG(0.65);

		private final double strength;

		Recording(double strength) {
			this.strength = strength;
		}

	}

}
