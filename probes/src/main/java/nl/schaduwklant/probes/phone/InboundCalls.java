package nl.schaduwklant.probes.phone;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calls to our caller ID this node is answering now, by call SID: what each caller
 * says, from its media stream, until the stream ends. At most {@value #MOST} at once; a
 * call beyond that is answered without recording (and said so in the log).
 */
final class InboundCalls {

	static final int MOST = 64;

	/** The longest recording kept of one callback: five minutes of μ-law. */
	private static final int LONGEST_BYTES = 5 * 60 * 8000;

	private final Map<String, Recording> bySid = new ConcurrentHashMap<>();

	/**
	 * @param callSid the inbound call
	 * @param from who calls
	 * @param receivedAt when the call reached us
	 * @return whether it is recorded
	 */
	boolean open(String callSid, String from, Instant receivedAt, java.time.Duration longest) {
		// a call whose stream never came, or went to another node, is given up
		this.bySid.values().removeIf((recording) -> recording.receivedAt().plus(longest).isBefore(receivedAt));
		if (this.bySid.size() >= MOST) {
			return false;
		}
		this.bySid.putIfAbsent(callSid, new Recording(callSid, from, receivedAt));
		return true;
	}

	Optional<Recording> get(String callSid) {
		return Optional.ofNullable(this.bySid.get(callSid));
	}

	Optional<Recording> close(String callSid) {
		return Optional.ofNullable(this.bySid.remove(callSid));
	}

	/**
	 * One inbound call's audio, placed on its stream's timeline.
	 */
	static final class Recording {

		private final String callSid;

		private final String from;

		private final Instant receivedAt;

		private final ByteArrayOutputStream audio = new ByteArrayOutputStream();

		Recording(String callSid, String from, Instant receivedAt) {
			this.callSid = callSid;
			this.from = from;
			this.receivedAt = receivedAt;
		}

		String callSid() {
			return this.callSid;
		}

		String from() {
			return this.from;
		}

		Instant receivedAt() {
			return this.receivedAt;
		}

		synchronized void media(long timestampMillis, byte[] muLaw) {
			long at = timestampMillis * 8;
			while (this.audio.size() < Math.min(at, LONGEST_BYTES)) {
				this.audio.write((byte) 0xFF);
			}
			int skip = (int) Math.max(0, Math.min(muLaw.length, this.audio.size() - at));
			int room = LONGEST_BYTES - this.audio.size();
			int length = Math.min(muLaw.length - skip, Math.max(0, room));
			if (length > 0) {
				this.audio.write(muLaw, skip, length);
			}
		}

		synchronized byte[] muLaw() {
			return this.audio.toByteArray();
		}

	}

}
