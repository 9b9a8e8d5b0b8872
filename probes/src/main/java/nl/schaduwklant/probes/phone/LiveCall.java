package nl.schaduwklant.probes.phone;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import nl.schaduwklant.probes.ProbeContact;
import nl.schaduwklant.probes.phone.audio.LiveAgentWatch;

/**
 * One call this node is following: what Twilio reported about it, and the audio its media
 * stream brought, placed on the stream's own timeline (the media timestamps: a lost
 * packet leaves silence, a repeated one is dropped). Filled by the webhooks and the
 * stream on their threads, read by the probe that placed the call; every method holds the
 * call's lock.
 */
final class LiveCall {

	/** μ-law silence. */
	private static final byte SILENCE = (byte) 0xFF;

	private static final int BYTES_PER_MILLI = 8;

	private final ProbeContact contact;

	private final Duration maxWait;

	private final CallProgress progress = new CallProgress(null);

	private final ByteArrayOutputStream audio = new ByteArrayOutputStream();

	private final LiveAgentWatch watch;

	private final double menuUntil;

	private final long maxAudioBytes;

	private String sid;

	private String streamSid;

	private Instant streamStartedAt;

	private Duration earliestMedia;

	private boolean streamStopped;

	private boolean audioTruncated;

	private String answeredBy;

	private Instant answeredByAt;

	private Instant maxWaitReachedAt;

	private Instant questionAskedAt;

	private boolean questionFailed;

	LiveCall(ProbeContact contact, Duration maxWait, Duration longestAudio) {
		this.contact = contact;
		var phone = contact.target().endpoints().phone();
		this.menuUntil = (phone != null) ? CallTwiml.menuSeconds(phone.menu()) : 0;
		this.watch = new LiveAgentWatch(this.menuUntil);
		this.maxWait = maxWait;
		this.maxAudioBytes = longestAudio.toMillis() * BYTES_PER_MILLI;
	}

	ProbeContact contact() {
		return this.contact;
	}

	Duration maxWait() {
		return this.maxWait;
	}

	synchronized void placed(PlacedCall call) {
		this.sid = call.sid();
		this.progress.requested(call.requestedAt());
		notifyAll();
	}

	synchronized String sid() {
		return this.sid;
	}

	synchronized void record(StatusCallback callback) {
		if (this.sid == null) {
			this.sid = callback.callSid();
		}
		this.progress.record(callback);
		notifyAll();
	}

	synchronized void machineDetection(String answeredBy, Instant at) {
		this.answeredBy = answeredBy;
		this.answeredByAt = at;
	}

	synchronized void maxWaitReached(Instant at) {
		if (this.maxWaitReachedAt == null) {
			this.maxWaitReachedAt = at;
		}
		notifyAll();
	}

	synchronized void questionAsked(Instant at) {
		this.questionAskedAt = at;
	}

	/**
	 * The question could not be put to the person; it is not tried again.
	 */
	synchronized void questionNotAsked() {
		this.questionFailed = true;
	}

	synchronized boolean questionFailed() {
		return this.questionFailed;
	}

	/**
	 * @param streamSid a media stream that says it is this call's
	 * @param callSid the call it names
	 * @return whether it is taken as the call's stream: the first for this call (a second
	 * one, or one for another call, is refused)
	 */
	synchronized boolean acceptStream(String streamSid, String callSid) {
		if (this.streamSid != null || (this.sid != null && callSid != null && !callSid.equals(this.sid))) {
			return false;
		}
		this.streamSid = streamSid;
		return true;
	}

	synchronized void streamStarted(Instant at) {
		if (this.streamStartedAt == null) {
			this.streamStartedAt = at;
		}
		notifyAll();
	}

	/**
	 * @param timestampMillis where the audio starts on the stream's timeline
	 * @param muLaw the audio
	 * @param receivedAt when it arrived
	 */
	synchronized void media(long timestampMillis, byte[] muLaw, Instant receivedAt) {
		if (this.streamStartedAt == null || this.streamStopped) {
			return;
		}
		Duration lateness = Duration.between(this.streamStartedAt.plusMillis(timestampMillis), receivedAt);
		if (this.earliestMedia == null || lateness.compareTo(this.earliestMedia) < 0) {
			this.earliestMedia = lateness;
		}
		long at = timestampMillis * BYTES_PER_MILLI;
		int skip = (int) Math.max(0, Math.min(muLaw.length, this.audio.size() - at));
		if (at > this.audio.size()) {
			byte[] gap = new byte[(int) Math.min(at - this.audio.size(), this.maxAudioBytes)];
			java.util.Arrays.fill(gap, SILENCE);
			append(gap);
		}
		if (skip < muLaw.length) {
			append(java.util.Arrays.copyOfRange(muLaw, skip, muLaw.length));
		}
	}

	private void append(byte[] muLaw) {
		int room = (int) Math.max(0, this.maxAudioBytes - this.audio.size());
		if (room < muLaw.length) {
			this.audioTruncated = true;
			muLaw = java.util.Arrays.copyOf(muLaw, room);
		}
		if (muLaw.length > 0) {
			this.audio.writeBytes(muLaw);
			this.watch.append(muLaw);
		}
	}

	synchronized void streamStopped() {
		this.streamStopped = true;
		notifyAll();
	}

	/**
	 * @return where on the audio a person answered, once that is sure enough to speak to
	 * them
	 */
	Optional<Double> liveAgent() {
		Optional<LiveAgentWatch.Due> due;
		synchronized (this) {
			due = this.watch.due();
		}
		// the detector runs without the call's lock: the stream's messages keep arriving
		Optional<Double> found = due.flatMap(LiveAgentWatch.Due::judge);
		synchronized (this) {
			found.ifPresent(this.watch::confirm);
			return this.watch.confirmed();
		}
	}

	synchronized void awaitChange(Duration atMost) throws InterruptedException {
		wait(Math.max(1, atMost.toMillis()));
	}

	synchronized Instant questionAskedAt() {
		return this.questionAskedAt;
	}

	synchronized Instant maxWaitReachedAt() {
		return this.maxWaitReachedAt;
	}

	synchronized boolean streamOver() {
		return this.streamStopped || this.streamStartedAt == null;
	}

	synchronized Optional<Instant> connectedAt() {
		return this.progress.connected();
	}

	synchronized boolean ended() {
		return this.progress.ended().isPresent();
	}

	synchronized Snapshot snapshot() {
		return new Snapshot(this.sid, this.progress.copy(), this.streamSid, this.streamStartedAt,
				(this.earliestMedia != null) ? this.earliestMedia.abs() : null, this.streamStopped, this.audioTruncated,
				this.audio.toByteArray(), this.answeredBy, this.answeredByAt, this.maxWaitReachedAt,
				this.questionAskedAt, this.menuUntil);
	}

	/**
	 * What was known of the call at one moment.
	 *
	 * @param sid the call SID
	 * @param progress its status callbacks
	 * @param streamSid its media stream
	 * @param streamStartedAt when that stream started
	 * @param streamClockError how far the earliest media message arrived from where the
	 * stream's start and its timestamp put it
	 * @param streamStopped whether the stream said it stopped
	 * @param audioTruncated whether audio beyond the longest kept was dropped
	 * @param muLaw the audio
	 * @param answeredBy what answering-machine detection said
	 * @param answeredByAt when it said so
	 * @param maxWaitReachedAt when the maximum wait passed without a person
	 * @param questionAskedAt when the question was put to the person
	 * @param menuUntil the second of the audio until which the probe navigated the menu
	 */
	record Snapshot(String sid, CallProgress progress, String streamSid, Instant streamStartedAt,
			Duration streamClockError, boolean streamStopped, boolean audioTruncated, byte[] muLaw, String answeredBy,
			Instant answeredByAt, Instant maxWaitReachedAt, Instant questionAskedAt, double menuUntil) {
	}

}
