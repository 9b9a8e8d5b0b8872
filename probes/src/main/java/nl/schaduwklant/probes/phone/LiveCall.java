package nl.schaduwklant.probes.phone;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import nl.schaduwklant.probes.CallMark;
import nl.schaduwklant.probes.CallReview;
import nl.schaduwklant.probes.ProbeContact;
import nl.schaduwklant.probes.phone.audio.LiveAgentWatch;

/**
 * One call this node is following: what Twilio reported about it, and the audio its media
 * stream brought, placed on the stream's own timeline (the media timestamps: a lost
 * packet leaves silence, a repeated one is dropped). Filled by the webhooks and the
 * stream on their threads, read by the probe that placed the call; every method holds the
 * call's lock. On a consultant-assisted call the call placed is the consultant's, bridged
 * to the organisation: its own callbacks are kept apart ({@link #consultantLeg}), the
 * organisation's leg reports as any call does, its audio is the stream's outbound track,
 * and the consultant's marks and review arrive through the API.
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

	private final CallProgress consultantLeg = new CallProgress(null);

	private final Map<CallMark, Instant> marks = new EnumMap<>(CallMark.class);

	private CallReview review;

	private volatile nl.schaduwklant.probes.IrreversibleStep step;

	private boolean bridged;

	/** What became of a consultant's mark. */
	enum MarkResult {

		/** Recorded. */
		RECORDED,

		/** The same mark was made before; the first counts. */
		ALREADY_MARKED,

		/** The consultant has not been bridged to the organisation yet. */
		NOT_CONNECTED,

		/** The call with the organisation has ended. */
		ENDED

	}

	LiveCall(ProbeContact contact, Duration maxWait, Duration longestAudio) {
		this.contact = contact;
		var phone = contact.target().endpoints().phone();
		// a consultant finds the way through the menu themselves: the detector is told
		// nothing
		this.menuUntil = (phone != null && !contact.consultantAssisted()) ? CallTwiml.menuSeconds(phone.menu()) : 0;
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

	boolean consultantAssisted() {
		return this.contact.consultantAssisted();
	}

	/**
	 * @return the stream's track that carries the organisation's audio: what it sends to
	 * the call we placed ({@code inbound}), or, on a consultant's call bridged to it,
	 * what the consultant hears ({@code outbound})
	 */
	String organisationTrack() {
		return consultantAssisted() ? "outbound" : "inbound";
	}

	/**
	 * @param callback a status callback of the consultant's own leg
	 */
	synchronized void recordConsultantLeg(StatusCallback callback) {
		if (this.sid == null) {
			this.sid = callback.callSid();
		}
		this.consultantLeg.record(callback);
		notifyAll();
	}

	/**
	 * @return whether the consultant's leg has ended
	 */
	synchronized boolean consultantLegEnded() {
		return this.consultantLeg.ended().isPresent();
	}

	/**
	 * @param mark what the consultant marks
	 * @param at when the mark reached us
	 * @return what became of it
	 */
	synchronized MarkResult mark(CallMark mark, Instant at) {
		if (this.progress.ended().isPresent() || this.consultantLeg.ended().isPresent()) {
			return MarkResult.ENDED;
		}
		if (!this.bridged) {
			return MarkResult.NOT_CONNECTED;
		}
		if (!this.marks.isEmpty()) {
			// a person answered, or nobody will: one or the other, the first that came
			return MarkResult.ALREADY_MARKED;
		}
		this.marks.put(mark, at);
		notifyAll();
		return MarkResult.RECORDED;
	}

	/**
	 * @param step the probe's irreversible step: on a consultant's call it is marked when
	 * the consultant, on the line, asks to be bridged
	 */
	void bridgeStep(nl.schaduwklant.probes.IrreversibleStep step) {
		this.step = step;
	}

	/**
	 * Marks the irreversible step before the consultant is bridged to the organisation
	 * (not under the call's lock: the mark is stored first).
	 * @param what what is about to happen
	 * @return whether it was marked, so the bridge may be made
	 */
	boolean markBridge(String what) {
		nl.schaduwklant.probes.IrreversibleStep recorded = this.step;
		if (recorded == null) {
			return false;
		}
		recorded.mark(what);
		synchronized (this) {
			this.bridged = true;
			notifyAll();
		}
		return true;
	}

	synchronized boolean bridged() {
		return this.bridged;
	}

	synchronized Map<CallMark, Instant> marks() {
		return new EnumMap<>(this.marks);
	}

	synchronized Optional<Instant> marked(CallMark mark) {
		return Optional.ofNullable(this.marks.get(mark));
	}

	/**
	 * @param review the consultant's review
	 * @return whether it was taken (only the first is)
	 */
	synchronized boolean review(CallReview review) {
		if (this.review != null) {
			return false;
		}
		this.review = review;
		notifyAll();
		return true;
	}

	synchronized CallReview review() {
		return this.review;
	}

	/** Where a consultant-assisted call is, as the consultant's page shows it. */
	enum ConsultantState {

		RINGING_CONSULTANT, DIALLING, CONNECTED, AWAITING_REVIEW

	}

	synchronized ConsultantState consultantState() {
		if (this.progress.ended().isPresent() || this.consultantLeg.ended().isPresent()) {
			return ConsultantState.AWAITING_REVIEW;
		}
		if (this.progress.connected().isPresent()) {
			return ConsultantState.CONNECTED;
		}
		return this.consultantLeg.connected().isPresent() ? ConsultantState.DIALLING
				: ConsultantState.RINGING_CONSULTANT;
	}

	synchronized void placed(PlacedCall call) {
		this.sid = call.sid();
		(consultantAssisted() ? this.consultantLeg : this.progress).requested(call.requestedAt());
		notifyAll();
	}

	synchronized String sid() {
		return this.sid;
	}

	synchronized void record(StatusCallback callback) {
		if (this.sid == null && !consultantAssisted()) {
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

	/**
	 * @return whether the call has ended: the organisation's leg, or on a consultant's
	 * call either leg
	 */
	synchronized boolean ended() {
		return this.progress.ended().isPresent() || this.consultantLeg.ended().isPresent();
	}

	/**
	 * @return whether every leg that started has reported its end
	 */
	synchronized boolean over() {
		boolean organisationOver = this.progress.ended().isPresent() || this.progress.callbacks().isEmpty();
		return consultantAssisted() ? organisationOver && this.consultantLeg.ended().isPresent()
				: this.progress.ended().isPresent();
	}

	synchronized Snapshot snapshot() {
		return new Snapshot(this.sid, this.progress.copy(), this.streamSid, this.streamStartedAt,
				(this.earliestMedia != null) ? this.earliestMedia.abs() : null, this.streamStopped, this.audioTruncated,
				this.audio.toByteArray(), this.answeredBy, this.answeredByAt, this.maxWaitReachedAt,
				this.questionAskedAt, this.menuUntil, this.consultantLeg.copy(), new EnumMap<>(this.marks),
				this.review);
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
	 * @param consultantLeg on a consultant-assisted call, the consultant's own leg
	 * @param marks what the consultant marked, and when it reached us
	 * @param review the consultant's review
	 */
	record Snapshot(String sid, CallProgress progress, String streamSid, Instant streamStartedAt,
			Duration streamClockError, boolean streamStopped, boolean audioTruncated, byte[] muLaw, String answeredBy,
			Instant answeredByAt, Instant maxWaitReachedAt, Instant questionAskedAt, double menuUntil,
			CallProgress consultantLeg, Map<CallMark, Instant> marks, CallReview review) {
	}

}
