package nl.schaduwklant.probes;

import java.util.List;

/**
 * What the phone probe concludes from a call's audio, on the audio's own timeline.
 *
 * @param liveAgentAt seconds from the start of the audio to when a person first spoke, or
 * {@code null} when no person is heard
 * @param confidence how sure that is, from 0 to 1
 * @param doubtful whether a consultant must review it before it counts
 * @param segments what was heard, in order
 */
public record CallInspection(Double liveAgentAt, double confidence, boolean doubtful, List<Segment> segments) {

	public CallInspection {
		segments = List.copyOf(segments);
	}

	/**
	 * A stretch of the call of one kind.
	 *
	 * @param kind {@code silence}, {@code tone}, {@code music}, {@code recorded-speech}
	 * or {@code live-speech}
	 * @param from where it starts, in seconds
	 * @param to where it ends, in seconds
	 */
	public record Segment(String kind, double from, double to) {
	}

}
