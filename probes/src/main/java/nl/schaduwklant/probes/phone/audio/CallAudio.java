package nl.schaduwklant.probes.phone.audio;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import nl.schaduwklant.probes.NotCallAudio;

/**
 * A call's audio as a telephone line carries it: mono, {@value #SAMPLE_RATE} samples per
 * second, each sample between -1 and 1.
 *
 * @param samples the samples
 */
public record CallAudio(float[] samples) {

	public static final int SAMPLE_RATE = 8000;

	private static final AudioFormat PCM = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, SAMPLE_RATE, 16, 1, 2,
			SAMPLE_RATE, false);

	private static final AudioFormat MU_LAW = new AudioFormat(AudioFormat.Encoding.ULAW, SAMPLE_RATE, 8, 1, 1,
			SAMPLE_RATE, false);

	/**
	 * @return how long the audio lasts, in seconds
	 */
	public double seconds() {
		return (double) this.samples.length / SAMPLE_RATE;
	}

	/**
	 * Reads a WAV file of 8 kHz mono audio, μ-law or 16-bit PCM (Java Sound decodes it).
	 * @param wav the file's content
	 * @return its audio
	 * @throws NotCallAudio when it is not such a file, saying what it is instead
	 */
	public static CallAudio fromWav(InputStream wav) {
		try (AudioInputStream in = AudioSystem.getAudioInputStream(new BufferedInputStream(wav))) {
			AudioFormat format = in.getFormat();
			if (format.getChannels() != 1 || Math.round(format.getSampleRate()) != SAMPLE_RATE) {
				throw new NotCallAudio("call audio must be mono at 8000 Hz, this is " + format.getChannels()
						+ " channel(s) at " + Math.round(format.getSampleRate()) + " Hz");
			}
			boolean muLaw = AudioFormat.Encoding.ULAW.equals(format.getEncoding());
			boolean pcm16 = AudioFormat.Encoding.PCM_SIGNED.equals(format.getEncoding())
					&& format.getSampleSizeInBits() == 16;
			if (!muLaw && !pcm16) {
				throw new NotCallAudio("call audio must be μ-law or 16-bit PCM, this is " + format.getEncoding()
						+ " with " + format.getSampleSizeInBits() + " bits per sample");
			}
			return fromPcm(AudioSystem.getAudioInputStream(PCM, in).readAllBytes());
		}
		catch (UnsupportedAudioFileException ex) {
			throw new NotCallAudio("not a WAV file of call audio: " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new NotCallAudio("the audio could not be read: " + ex.getMessage());
		}
	}

	/**
	 * @param muLaw μ-law bytes at 8 kHz, as Twilio's Media Streams send them
	 * @return their audio
	 */
	public static CallAudio fromMuLaw(byte[] muLaw) {
		float[] samples = new float[muLaw.length];
		for (int i = 0; i < muLaw.length; i++) {
			samples[i] = MuLaw.DECODED[muLaw[i] & 0xff];
		}
		return new CallAudio(samples);
	}

	/**
	 * The 256 μ-law values decoded once by Java Sound: a media stream brings 50 messages
	 * a second per call, and looking up Java Sound's converters for each of them makes
	 * every stream wait on the same lock.
	 */
	private static final class MuLaw {

		static final float[] DECODED = decodeAll();

		private static float[] decodeAll() {
			byte[] all = new byte[256];
			for (int i = 0; i < all.length; i++) {
				all[i] = (byte) i;
			}
			try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(all), MU_LAW, all.length)) {
				return fromPcm(AudioSystem.getAudioInputStream(PCM, in).readAllBytes()).samples();
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

	}

	/**
	 * @param muLaw 8 kHz μ-law audio, as a media stream brings it
	 * @return the same audio as a WAV file, unchanged (what {@code inspect-call} reads)
	 */
	public static byte[] muLawWav(byte[] muLaw) {
		var out = new java.io.ByteArrayOutputStream(muLaw.length + 64);
		try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(muLaw), MU_LAW, muLaw.length)) {
			AudioSystem.write(in, javax.sound.sampled.AudioFileFormat.Type.WAVE, out);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static CallAudio fromPcm(byte[] pcm) {
		float[] samples = new float[pcm.length / 2];
		for (int i = 0; i < samples.length; i++) {
			int sample = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
			samples[i] = sample / 32768f;
		}
		return new CallAudio(samples);
	}

}
