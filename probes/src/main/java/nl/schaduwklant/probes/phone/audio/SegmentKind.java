package nl.schaduwklant.probes.phone.audio;

/**
 * What a stretch of a call sounds like.
 */
public enum SegmentKind {

	SILENCE("silence"),

	/** Ringback, busy tone, queue beeps: one or two steady frequencies. */
	TONE("tone"),

	MUSIC("music"),

	/** A recording: a menu, a queue announcement, a closed-hours message. */
	RECORDED_SPEECH("recorded-speech"),

	/** A person speaking on the line. */
	LIVE_SPEECH("live-speech");

	private final String label;

	SegmentKind(String label) {
		this.label = label;
	}

	/**
	 * @return how reports and the API name it
	 */
	public String label() {
		return this.label;
	}

}
