package nl.schaduwklant.scoring;

import java.time.Duration;
import java.time.Instant;

import nl.schaduwklant.probes.CallOutcome;
import nl.schaduwklant.probes.LiveAgentMethod;
import nl.schaduwklant.probes.PhoneCall;

/**
 * The figures of one mystery call. Which of the two times to a live agent a norm reads
 * (from the connect, or from ringing) is the norm profile's choice, so both are kept.
 *
 * @param outcome how the call ended
 * @param method what found the live agent
 * @param connected whether the call connected (technical reachability)
 * @param postDialDelay from our request until it rang
 * @param ringTime how long it rang
 * @param timeToAnswer from ringing until it connected
 * @param timeToLiveAgentFromConnect from the connect until a person spoke
 * @param timeToLiveAgentFromRinging from ringing until a person spoke: the caller's wait
 * @param abandonedAtMaxWait whether we hung up after the maximum wait
 * @param callDuration the call's duration as Twilio reports it
 * @param liveAgentConfidence how sure the verdict on the live agent is (0–1)
 * @param streamClockError the error of placing the audio's timeline on our clock
 * @param endedAt when the call ended, by our clock
 * @param reviewed whether a consultant reviewed the call (the figures below are theirs)
 * @param properWelcome the review: whether the organisation answered with a proper
 * welcome
 * @param alternativeOffered the review: when the person or department asked for was
 * unreachable, whether an alternative was offered (absent when they were reached)
 * @param callbackPromised the review: whether the organisation promised to call back
 * @param callbackAfter from the end of the call until the organisation called back
 * (absent when it has not, or when it is not known yet)
 */
public record PhoneFigures(CallOutcome outcome, LiveAgentMethod method, boolean connected, Duration postDialDelay,
		Duration ringTime, Duration timeToAnswer, Duration timeToLiveAgentFromConnect,
		Duration timeToLiveAgentFromRinging, boolean abandonedAtMaxWait, Duration callDuration,
		double liveAgentConfidence, Duration streamClockError, Instant endedAt, boolean reviewed, Boolean properWelcome,
		Boolean alternativeOffered, Boolean callbackPromised, Duration callbackAfter) {

	public PhoneFigures(CallOutcome outcome, LiveAgentMethod method, boolean connected, Duration postDialDelay,
			Duration ringTime, Duration timeToAnswer, Duration timeToLiveAgentFromConnect,
			Duration timeToLiveAgentFromRinging, boolean abandonedAtMaxWait, Duration callDuration,
			double liveAgentConfidence, Duration streamClockError) {
		this(outcome, method, connected, postDialDelay, ringTime, timeToAnswer, timeToLiveAgentFromConnect,
				timeToLiveAgentFromRinging, abandonedAtMaxWait, callDuration, liveAgentConfidence, streamClockError,
				null, false, null, null, null, null);
	}

	/**
	 * @param call what a call observed
	 * @return its figures
	 */
	public static PhoneFigures of(PhoneCall call) {
		return new PhoneFigures(call.outcome(), call.method(), call.outcome().connected(), call.postDialDelay(),
				call.ringTime(), call.timeToAnswer(), call.timeToLiveAgentFromConnect(),
				call.timeToLiveAgentFromRinging(), call.abandonedAtMaxWait(),
				(call.durationSeconds() != null) ? Duration.ofSeconds(call.durationSeconds()) : null, call.confidence(),
				call.streamClockError(), call.endedAt(), call.review() != null,
				(call.review() != null) ? call.review().properWelcome() : null,
				(call.review() != null) ? call.review().alternativeOffered() : null,
				(call.review() != null) ? call.review().callbackPromised() : null, null);
	}

	/**
	 * @param after from the end of the call until the organisation called back
	 * @return these figures with the callback
	 */
	public PhoneFigures withCallbackAfter(Duration after) {
		return new PhoneFigures(this.outcome, this.method, this.connected, this.postDialDelay, this.ringTime,
				this.timeToAnswer, this.timeToLiveAgentFromConnect, this.timeToLiveAgentFromRinging,
				this.abandonedAtMaxWait, this.callDuration, this.liveAgentConfidence, this.streamClockError,
				this.endedAt, this.reviewed, this.properWelcome, this.alternativeOffered, this.callbackPromised, after);
	}

	/**
	 * @param limit e.g. 15 seconds
	 * @return whether a person answered within it, counted from ringing
	 */
	public boolean liveAgentWithin(Duration limit) {
		return this.timeToLiveAgentFromRinging != null && this.timeToLiveAgentFromRinging.compareTo(limit) <= 0;
	}

}
