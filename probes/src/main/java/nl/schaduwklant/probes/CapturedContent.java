package nl.schaduwklant.probes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content captured as evidence: the bytes kept (at most a limit), and the SHA-256 and
 * size of everything that was read, so that an oversized original is still described
 * exactly.
 *
 * @param bytes the bytes kept
 * @param sha256 the SHA-256 of the complete original, hex-encoded
 * @param size the size of the complete original
 */
public record CapturedContent(byte[] bytes, String sha256, long size) {

	public boolean truncated() {
		return this.bytes.length < this.size;
	}

	public static CapturedContent of(byte[] bytes) {
		return new CapturedContent(bytes, sha256(bytes), bytes.length);
	}

	/**
	 * Reads a stream to its end, keeping at most {@code limit} bytes.
	 * @param in the stream
	 * @param limit the most bytes to keep
	 * @return the captured content
	 * @throws IOException when reading fails
	 */
	public static CapturedContent read(InputStream in, long limit) throws IOException {
		var capture = new Capture(limit);
		in.transferTo(capture);
		return capture.toContent();
	}

	/**
	 * An output stream that keeps at most a limit of what is written to it and hashes all
	 * of it.
	 */
	public static final class Capture extends OutputStream {

		private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

		private final DigestOutputStream digest;

		private final long limit;

		private long size;

		public Capture(long limit) {
			this.limit = limit;
			this.digest = new DigestOutputStream(OutputStream.nullOutputStream(), newDigest());
		}

		@Override
		public void write(int b) {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) {
			try {
				this.digest.write(b, off, len);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			long room = this.limit - this.kept.size();
			if (room > 0) {
				this.kept.write(b, off, (int) Math.min(room, len));
			}
			this.size += len;
		}

		public CapturedContent toContent() {
			return new CapturedContent(this.kept.toByteArray(),
					HexFormat.of().formatHex(this.digest.getMessageDigest().digest()), this.size);
		}

	}

	private static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(newDigest().digest(bytes));
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
