package nl.schaduwklant.probes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a mystery call observed. The instants are receipts on our clock: of Twilio's
 * status callbacks ({@code ringingAt}, {@code connectedAt}, {@code endedAt}) and of the
 * media stream's start; the live agent is found on the stream's own timeline
 * ({@code liveAgentAudioSeconds}, from the first audio we received) and placed on our
 * clock from the stream's start, with the error of that conversion.
 *
 * @param callSid Twilio's call SID
 * @param outcome how it ended
 * @param method what found the live agent
 * @param requestedAt when we asked Twilio to place the call
 * @param ringingAt when it started ringing at the organisation
 * @param connectedAt when it connected (SIP 200: usually a menu, not a person)
 * @param streamStartedAt when the audio stream started
 * @param liveAgentAudioSeconds where a person first speaks, in seconds of the audio
 * @param liveAgentAt the same on our clock
 * @param confidence how sure the verdict on the live agent is (0–1)
 * @param doubtful whether it is too unsure to count without a consultant's review
 * @param questionAskedAt when the question was put to the person
 * @param endedAt when the call ended
 * @param durationSeconds the call's duration as Twilio reports it
 * @param answeredBy what answering-machine detection said of whoever picked up (evidence,
 * not the measurement)
 * @param streamClockError how far the stream's own timeline and our receipts of it
 * disagreed, the error of {@code liveAgentAt}
 * @param segments what the audio sounded like, stretch by stretch
 * @param audioEvidenceId the audio we received, as WAV
 * @param audioSha256 its SHA-256
 * @param menuUntil the second of the audio until which the probe was pressing the keys of
 * the organisation's menu, which the detector was told (speech before it is the menu); 0
 * without a menu. {@code inspect-call --menu-until=…} on the audio gives the same verdict
 * @param consultantNumber the consultant who was on the call (method {@code CONSULTANT});
 * absent for a call followed by its audio alone
 * @param detectorLiveAgentAudioSeconds on a consultant-assisted call, where the detector
 * heard a person on the same audio: a second opinion beside the consultant's mark
 * @param review the consultant's review, when one was given
 */
public record PhoneCall(String callSid, CallOutcome outcome, LiveAgentMethod method, Instant requestedAt,
		Instant ringingAt, Instant connectedAt, Instant streamStartedAt, Double liveAgentAudioSeconds,
		Instant liveAgentAt, double confidence, boolean doubtful, Instant questionAskedAt, Instant endedAt,
		Integer durationSeconds, String answeredBy, Duration streamClockError, List<CallSegment> segments,
		UUID audioEvidenceId, String audioSha256, double menuUntil, String consultantNumber,
		Double detectorLiveAgentAudioSeconds, CallReview review) {

	public PhoneCall {
		segments = (segments != null) ? List.copyOf(segments) : List.of();
	}

	public PhoneCall(String callSid, CallOutcome outcome, LiveAgentMethod method, Instant requestedAt,
			Instant ringingAt, Instant connectedAt, Instant streamStartedAt, Double liveAgentAudioSeconds,
			Instant liveAgentAt, double confidence, boolean doubtful, Instant questionAskedAt, Instant endedAt,
			Integer durationSeconds, String answeredBy, Duration streamClockError, List<CallSegment> segments,
			UUID audioEvidenceId, String audioSha256, double menuUntil) {
		this(callSid, outcome, method, requestedAt, ringingAt, connectedAt, streamStartedAt, liveAgentAudioSeconds,
				liveAgentAt, confidence, doubtful, questionAskedAt, endedAt, durationSeconds, answeredBy,
				streamClockError, segments, audioEvidenceId, audioSha256, menuUntil, null, null, null);
	}

	/**
	 * @return from the request to place the call until it rang
	 */
	public Duration postDialDelay() {
		return between(this.requestedAt, this.ringingAt);
	}

	/**
	 * @return how long it rang: until it connected, or until it was given up
	 */
	public Duration ringTime() {
		return between(this.ringingAt, (this.connectedAt != null) ? this.connectedAt : this.endedAt);
	}

	/**
	 * @return from ringing until it connected (absent when it never did)
	 */
	public Duration timeToAnswer() {
		return between(this.ringingAt, this.connectedAt);
	}

	/**
	 * @return from the connect until a person spoke
	 */
	public Duration timeToLiveAgentFromConnect() {
		return between(this.connectedAt, this.liveAgentAt);
	}

	/**
	 * @return from ringing until a person spoke: the caller's wait
	 */
	public Duration timeToLiveAgentFromRinging() {
		return between(this.ringingAt, this.liveAgentAt);
	}

	/**
	 * @return whether we hung up after the maximum wait
	 */
	public boolean abandonedAtMaxWait() {
		return this.outcome == CallOutcome.ABANDONED;
	}

	private static Duration between(Instant from, Instant to) {
		return (from != null && to != null) ? Duration.between(from, to) : null;
	}

}
