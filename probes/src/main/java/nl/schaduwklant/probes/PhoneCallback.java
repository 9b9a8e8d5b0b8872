package nl.schaduwklant.probes;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A call to our caller ID: an organisation calling back. It is answered with a short
 * message and recorded, and matched by the calling number to the call it answers.
 *
 * @param id its id
 * @param callSid Twilio's SID of the inbound call
 * @param from the calling number
 * @param to our number it called
 * @param receivedAt when the call reached us, by our clock
 * @param probeId the phone probe it answers: of the organisations with this number, the
 * latest call that ended before it, preferring one whose review recorded a callback
 * promise; absent when no organisation has the number
 * @param promised whether that call's review recorded a callback promise
 * @param delay from the end of that call until this one reached us
 * @param audioEvidenceId what the caller said, as WAV
 * @param audioSha256 its SHA-256
 */
public record PhoneCallback(UUID id, String callSid, String from, String to, Instant receivedAt, UUID probeId,
		boolean promised, Duration delay, UUID audioEvidenceId, String audioSha256) {
}
