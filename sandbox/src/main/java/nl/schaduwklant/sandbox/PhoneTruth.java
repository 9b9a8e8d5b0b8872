package nl.schaduwklant.sandbox;

import java.time.Instant;

/**
 * What really happened on one call to a simulated organisation, as the emulator made it
 * happen: when it rang and connected (when the emulator sent those callbacks), and at
 * which second of the audio it streamed the agent started speaking.
 *
 * @param callSid the call
 * @param organisation the organisation's key
 * @param to the number called
 * @param ringingAt when the emulator reported ringing
 * @param connectedAt when it reported the connect
 * @param liveAgentAt the second of the streamed audio at which the agent started
 * speaking, or {@code null} when no agent spoke
 * @param questionHeardAt the second of the streamed audio at which our question started
 * @param endedAt when the call ended
 * @param status the call's final status, as Twilio names it
 */
public record PhoneTruth(String callSid, String organisation, String to, Instant ringingAt, Instant connectedAt,
		Instant streamStartedAt, Double liveAgentAt, Instant liveAgentSentAt, Double questionHeardAt, Instant endedAt,
		String status) {
}
