package nl.schaduwklant.sandbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * The audio of a simulated phone call, built from the sandbox's clips (greetings, menus,
 * announcements, music, tones; see {@code scripts/generate-call-clips}) with its ground
 * truth: what plays when, and when the person first speaks. Each part can be louder or
 * softer, and the whole line can carry noise; the same seed gives the same audio.
 */
public final class SimulatedCallAudio {

	/** Samples per second on a telephone line. */
	public static final int SAMPLE_RATE = 8000;

	private static final AudioFormat PCM = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, SAMPLE_RATE, 16, 1, 2,
			SAMPLE_RATE, false);

	private static final AudioFormat MU_LAW = new AudioFormat(AudioFormat.Encoding.ULAW, SAMPLE_RATE, 8, 1, 1,
			SAMPLE_RATE, false);

	private final float[] samples;

	private final List<Part> parts;

	private SimulatedCallAudio(float[] samples, List<Part> parts) {
		this.samples = samples;
		this.parts = List.copyOf(parts);
	}

	/**
	 * @param seed makes the noise reproducible
	 * @return a builder of a call's audio
	 */
	public static Builder builder(long seed) {
		return new Builder(seed);
	}

	/**
	 * @return what plays when
	 */
	public List<Part> parts() {
		return this.parts;
	}

	/**
	 * @return when the first person speaks, in seconds from the start, or {@code null}
	 * when nobody does
	 */
	public Double liveAgentAt() {
		return this.parts.stream().filter(Part::live).map(Part::from).findFirst().orElse(null);
	}

	/**
	 * @return how long the audio lasts, in seconds
	 */
	public double seconds() {
		return (double) this.samples.length / SAMPLE_RATE;
	}

	/**
	 * @return the audio as a line carries it: μ-law bytes, 8 kHz, as Twilio's Media
	 * Streams send them
	 */
	public byte[] muLaw() {
		byte[] muLaw = new byte[this.samples.length];
		for (int i = 0; i < this.samples.length; i++) {
			muLaw[i] = MuLaw.ENCODED[pcm(this.samples[i]) & 0xffff];
		}
		return muLaw;
	}

	private static int pcm(float sample) {
		return Math.round(Math.max(-1, Math.min(1, sample)) * 32767);
	}

	/**
	 * Every 16-bit sample encoded once by Java Sound: the Twilio emulator encodes audio
	 * for many calls at once, and looking up Java Sound's converters each time makes them
	 * wait on one lock.
	 */
	private static final class MuLaw {

		static final byte[] ENCODED = encodeAll();

		private static byte[] encodeAll() {
			byte[] pcm = new byte[65536 * 2];
			for (int value = 0; value < 65536; value++) {
				pcm[2 * value] = (byte) value;
				pcm[2 * value + 1] = (byte) (value >> 8);
			}
			try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), PCM, 65536);
					AudioInputStream muLaw = AudioSystem.getAudioInputStream(MU_LAW, in)) {
				return muLaw.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * @return the audio as a μ-law WAV file
	 */
	public byte[] wav() {
		try (AudioInputStream muLaw = new AudioInputStream(new ByteArrayInputStream(muLaw()), MU_LAW,
				this.samples.length)) {
			var out = new ByteArrayOutputStream();
			AudioSystem.write(muLaw, AudioFileFormat.Type.WAVE, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What plays from one moment to another.
	 *
	 * @param what the clip (or {@code silence})
	 * @param kind what it is: {@code silence}, {@code tone}, {@code music},
	 * {@code recorded-speech} or {@code live-speech}
	 * @param from when it starts, in seconds
	 * @param to when it ends, in seconds
	 */
	public record Part(String what, String kind, double from, double to) {

		public boolean live() {
			return "live-speech".equals(this.kind);
		}

	}

	/**
	 * Builds a call's audio part by part.
	 */
	public static final class Builder {

		private final Random random;

		private final List<float[]> pieces = new ArrayList<>();

		private final List<Part> parts = new ArrayList<>();

		private int length;

		private double noiseDb = Double.NEGATIVE_INFINITY;

		private Builder(long seed) {
			this.random = new Random(seed);
		}

		public Builder silence(double seconds) {
			return add("silence", "silence", new float[(int) Math.round(seconds * SAMPLE_RATE)]);
		}

		/** Ringback (425 Hz, 1 s on, 4 s off), this many cycles. */
		public Builder ringing(int cycles) {
			for (int i = 0; i < cycles; i++) {
				float[] cycle = clip("tone-ringback");
				addPart("tone-ringback", "tone", Arrays.copyOf(cycle, SAMPLE_RATE));
				add("silence", "silence", Arrays.copyOfRange(cycle, SAMPLE_RATE, cycle.length));
			}
			return this;
		}

		/**
		 * A queue beep (1 kHz, a quarter second) followed by three quarters of silence.
		 */
		public Builder beep() {
			float[] beep = clip("tone-beep");
			addPart("tone-beep", "tone", Arrays.copyOf(beep, SAMPLE_RATE / 4));
			return add("silence", "silence", Arrays.copyOfRange(beep, SAMPLE_RATE / 4, beep.length));
		}

		/**
		 * @param name {@code music-calm}, {@code music-beat} or {@code music-melody}
		 * @param seconds how long it plays (the clip loops)
		 * @param gainDb louder (positive) or softer than the clip
		 */
		public Builder music(String name, double seconds, double gainDb) {
			float[] clip = clip(name);
			float[] music = new float[(int) Math.round(seconds * SAMPLE_RATE)];
			for (int i = 0; i < music.length; i++) {
				music[i] = clip[i % clip.length];
			}
			return addPart(name, "music", gained(music, gainDb));
		}

		/**
		 * A recording: a menu ({@code ivr-…}), an announcement ({@code queue-…}) or a
		 * closed-hours message ({@code closed-…}).
		 */
		public Builder recording(String name, double gainDb) {
			return addPart(name, "recorded-speech", gained(trimmed(clip(name)), gainDb));
		}

		/** A person speaking: a greeting ({@code greeting-…}). */
		public Builder person(String name, double gainDb) {
			return addPart(name, "live-speech", gained(trimmed(clip(name)), gainDb));
		}

		/**
		 * @param db the level of white noise on the whole line, in dB relative to full
		 * scale (a quiet line about -60, a noisy one -40)
		 */
		public Builder noise(double db) {
			this.noiseDb = db;
			return this;
		}

		public SimulatedCallAudio build() {
			float[] samples = new float[this.length];
			int at = 0;
			for (float[] piece : this.pieces) {
				System.arraycopy(piece, 0, samples, at, piece.length);
				at += piece.length;
			}
			if (this.noiseDb > Double.NEGATIVE_INFINITY) {
				double amplitude = Math.pow(10, this.noiseDb / 20);
				for (int i = 0; i < samples.length; i++) {
					samples[i] += (float) (this.random.nextGaussian() * amplitude);
				}
			}
			return new SimulatedCallAudio(samples, this.parts);
		}

		private Builder addPart(String what, String kind, float[] audio) {
			return add(what, kind, audio);
		}

		private Builder add(String what, String kind, float[] audio) {
			double from = (double) this.length / SAMPLE_RATE;
			this.pieces.add(audio);
			this.length += audio.length;
			this.parts.add(new Part(what, kind, from, (double) this.length / SAMPLE_RATE));
			return this;
		}

		private static float[] gained(float[] audio, double gainDb) {
			float factor = (float) Math.pow(10, gainDb / 20);
			float[] out = new float[audio.length];
			for (int i = 0; i < audio.length; i++) {
				out[i] = audio[i] * factor;
			}
			return out;
		}

		/**
		 * @return the clip without the near-silence at its start and end, so that a part
		 * starts where its sound starts (the ground truth is exact)
		 */
		private static float[] trimmed(float[] clip) {
			int from = 0;
			while (from < clip.length && Math.abs(clip[from]) < 0.01f) {
				from++;
			}
			int to = clip.length;
			while (to > from && Math.abs(clip[to - 1]) < 0.01f) {
				to--;
			}
			return Arrays.copyOfRange(clip, from, to);
		}

		private static float[] clip(String name) {
			return CLIPS.computeIfAbsent(name, Builder::read).clone();
		}

		/** The clips, decoded once (many calls at once play them again and again). */
		private static final java.util.Map<String, float[]> CLIPS = new java.util.concurrent.ConcurrentHashMap<>();

		private static float[] read(String name) {
			try (InputStream in = SimulatedCallAudio.class.getResourceAsStream("/sandbox/calls/" + name + ".wav")) {
				if (in == null) {
					throw new IllegalArgumentException("the sandbox has no call clip '" + name + "'");
				}
				try (AudioInputStream audio = AudioSystem.getAudioInputStream(new java.io.BufferedInputStream(in));
						AudioInputStream pcm = AudioSystem.getAudioInputStream(PCM, audio)) {
					byte[] bytes = pcm.readAllBytes();
					float[] samples = new float[bytes.length / 2];
					for (int i = 0; i < samples.length; i++) {
						samples[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8)) / 32768f;
					}
					return samples;
				}
			}
			catch (IOException | UnsupportedAudioFileException ex) {
				throw new IllegalStateException("the call clip '" + name + "' cannot be read", ex);
			}
		}

	}

}
