package nl.schaduwklant.probes.phone.audio;

/**
 * A stretch of a call of one kind, in seconds from the start of its audio.
 *
 * @param kind what it sounds like
 * @param from where it starts
 * @param to where it ends
 */
public record AudioSegment(SegmentKind kind, double from, double to) {

	/**
	 * @return how long it lasts, in seconds
	 */
	public double seconds() {
		return this.to - this.from;
	}

}
