package nl.schaduwklant.probes.phone.audio;

/**
 * What one 20 ms frame of call audio sounds like.
 *
 * @param level its loudness in dB relative to full scale
 * @param peakShare the share of its energy in its two strongest spectral peaks (near 1
 * for a pure or dual tone, low for speech, noise or chords)
 * @param peakHz the frequency of its strongest peak
 * @param bands its energy in {@value FrameAnalyzer#BANDS} bands from 100 Hz to 3.8 kHz,
 * in dB, to compare frames by
 */
public record Frame(double level, double peakShare, double peakHz, double[] bands) {

	/** Frames per second. */
	public static final int PER_SECOND = 50;

	/** Samples per frame at 8 kHz. */
	public static final int SAMPLES = CallAudio.SAMPLE_RATE / PER_SECOND;

	/**
	 * @return the shape of its spectrum: its band energies with their mean removed, the
	 * same whatever the frame's level
	 */
	public double[] shape() {
		double mean = 0;
		for (double band : this.bands) {
			mean += band;
		}
		mean /= this.bands.length;
		double[] shape = new double[this.bands.length];
		for (int i = 0; i < shape.length; i++) {
			shape[i] = this.bands[i] - mean;
		}
		return shape;
	}

	/**
	 * @param index a frame's position in the audio
	 * @return the second at which it starts
	 */
	public static double seconds(int index) {
		return (double) index / PER_SECOND;
	}

}
