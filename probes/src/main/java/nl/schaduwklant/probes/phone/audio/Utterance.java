package nl.schaduwklant.probes.phone.audio;

import java.util.List;

/**
 * Speech without a pause longer than a breath, as frame positions.
 *
 * @param from its first frame
 * @param to the frame after its last
 */
record Utterance(int from, int to) {

	/** The frames compared to tell whether two utterances are one recording. */
	static final int COMPARED = 100;

	/** How far (in frames) two utterances may be shifted against each other. */
	static final int SHIFT = 6;

	/** From this similarity on, two utterances are the same recording played twice. */
	static final double SAME_RECORDING = 0.8;

	double seconds() {
		return (double) (this.to - this.from) / Frame.PER_SECOND;
	}

	/**
	 * Whether this utterance is the same recording as another, played again (perhaps at
	 * another level or through noise): their spectral shapes, frame by frame, correlate
	 * strongly at some small shift.
	 * @param other an earlier utterance
	 * @param frames the call's frames
	 * @return whether they are one recording
	 */
	boolean repeats(Utterance other, List<Frame> frames) {
		int length = Math.min(COMPARED, Math.min(this.to - this.from, other.to - other.from) - SHIFT);
		if (length < 25) {
			return false;
		}
		double best = -1;
		for (int shift = -SHIFT; shift <= SHIFT; shift++) {
			double sum = 0;
			int counted = 0;
			for (int i = SHIFT; i < length; i++) {
				int mine = this.from + i;
				int theirs = other.from + i + shift;
				if (theirs < other.from || theirs >= other.to) {
					continue;
				}
				sum += shapeCorrelation(frames.get(mine), frames.get(theirs));
				counted++;
			}
			if (counted > 0) {
				best = Math.max(best, sum / counted);
			}
		}
		return best >= SAME_RECORDING;
	}

	/**
	 * @return the correlation of two frames' spectral shapes (whatever their levels)
	 */
	private static double shapeCorrelation(Frame a, Frame b) {
		double[] x = a.shape();
		double[] y = b.shape();
		double product = 0;
		double squaresX = 0;
		double squaresY = 0;
		for (int i = 0; i < x.length; i++) {
			product += x[i] * y[i];
			squaresX += x[i] * x[i];
			squaresY += y[i] * y[i];
		}
		return (squaresX > 0 && squaresY > 0) ? product / Math.sqrt(squaresX * squaresY) : 0;
	}

}
