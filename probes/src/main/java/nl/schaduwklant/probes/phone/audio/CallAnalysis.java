package nl.schaduwklant.probes.phone.audio;

import java.util.List;

/**
 * What a call's audio shows: when a person first spoke on the line, how sure that is, and
 * what was heard before and after, on the audio's own timeline (seconds from its start).
 *
 * @param liveAgentAt when the first person spoke, or {@code null} when no person was
 * heard
 * @param confidence how sure the verdict is, from 0 to 1 (for a call without a person:
 * how sure that none spoke)
 * @param segments what was heard, in order, covering the whole audio
 */
public record CallAnalysis(Double liveAgentAt, double confidence, List<AudioSegment> segments) {

	/** Below this confidence a verdict is doubtful: a consultant reviews it. */
	public static final double DOUBTFUL_BELOW = 0.7;

	public CallAnalysis {
		segments = List.copyOf(segments);
	}

	/**
	 * @return whether a consultant must review the verdict before it counts
	 */
	public boolean doubtful() {
		return this.confidence < DOUBTFUL_BELOW;
	}

}
