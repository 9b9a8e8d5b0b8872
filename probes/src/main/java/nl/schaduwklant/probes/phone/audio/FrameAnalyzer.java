package nl.schaduwklant.probes.phone.audio;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * Cuts call audio into 20 ms frames and measures each: its level, and from a 256-point
 * FFT (a Hann window of 32 ms around the frame) how tonal it is and its band energies.
 * Not thread-safe; cheap to create.
 */
public class FrameAnalyzer {

	static final int BANDS = 12;

	private static final int WINDOW = 256;

	private static final double HZ_PER_BIN = (double) CallAudio.SAMPLE_RATE / WINDOW;

	private static final double FLOOR = 1e-10;

	private static final double[] HANN = new double[WINDOW];

	private static final int[] BAND_EDGES = new int[BANDS + 1];

	static {
		for (int i = 0; i < WINDOW; i++) {
			HANN[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (WINDOW - 1));
		}
		// bands equally spaced on a logarithmic scale from 100 Hz to 3.8 kHz
		for (int b = 0; b <= BANDS; b++) {
			double hz = 100 * Math.pow(3800.0 / 100, (double) b / BANDS);
			BAND_EDGES[b] = (int) Math.round(hz / HZ_PER_BIN);
		}
	}

	private final FastFourierTransformer fft = new FastFourierTransformer(DftNormalization.STANDARD);

	private final double[] window = new double[WINDOW];

	/**
	 * @param audio the audio
	 * @return its frames, one per 20 ms
	 */
	public List<Frame> frames(CallAudio audio) {
		float[] samples = audio.samples();
		int count = samples.length / Frame.SAMPLES;
		List<Frame> frames = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			frames.add(frame(samples, i * Frame.SAMPLES));
		}
		return frames;
	}

	/**
	 * @param samples the audio's samples
	 * @param start the first sample of the frame
	 * @return the frame
	 */
	Frame frame(float[] samples, int start) {
		double energy = 0;
		for (int i = start; i < start + Frame.SAMPLES; i++) {
			energy += samples[i] * samples[i];
		}
		double level = 10 * Math.log10(Math.max(energy / Frame.SAMPLES, FLOOR));
		int offset = start - (WINDOW - Frame.SAMPLES) / 2;
		for (int i = 0; i < WINDOW; i++) {
			int at = offset + i;
			this.window[i] = (at >= 0 && at < samples.length) ? samples[at] * HANN[i] : 0;
		}
		Complex[] spectrum = this.fft.transform(this.window, TransformType.FORWARD);
		double[] power = new double[WINDOW / 2];
		double total = 0;
		int from = BAND_EDGES[0];
		int to = BAND_EDGES[BANDS];
		for (int k = from; k < to; k++) {
			power[k] = spectrum[k].abs() * spectrum[k].abs();
			total += power[k];
		}
		int first = strongest(power, from, to, -1);
		int second = strongest(power, from, to, first);
		double peaks = around(power, first, from, to) + ((second >= 0) ? around(power, second, from, to) : 0);
		double[] bands = new double[BANDS];
		for (int b = 0; b < BANDS; b++) {
			double sum = 0;
			for (int k = BAND_EDGES[b]; k < Math.max(BAND_EDGES[b + 1], BAND_EDGES[b] + 1); k++) {
				sum += power[k];
			}
			bands[b] = 10 * Math.log10(Math.max(sum, FLOOR));
		}
		return new Frame(level, (total > 0) ? peaks / total : 0, first * HZ_PER_BIN, bands);
	}

	/**
	 * @return the strongest bin from {@code from} to {@code to} at least 5 bins away from
	 * {@code except} (so that the energy around the two peaks is not counted twice)
	 */
	private static int strongest(double[] power, int from, int to, int except) {
		int best = -1;
		for (int k = from; k < to; k++) {
			if (except >= 0 && Math.abs(k - except) <= 4) {
				continue;
			}
			if (best < 0 || power[k] > power[best]) {
				best = k;
			}
		}
		return best;
	}

	/**
	 * @return the energy of a peak: its bin and the neighbours a Hann window spreads it
	 * to
	 */
	private static double around(double[] power, int bin, int from, int to) {
		double sum = 0;
		for (int k = Math.max(from, bin - 2); k <= Math.min(to - 1, bin + 2); k++) {
			sum += power[k];
		}
		return sum;
	}

}
