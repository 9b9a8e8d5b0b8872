package nl.schaduwklant.probes.phone;

import java.time.Instant;
import java.util.Map;

/**
 * One status callback Twilio posted about a call.
 *
 * @param callSid the call
 * @param callStatus its status then ({@code initiated}, {@code ringing},
 * {@code in-progress}, {@code completed}, {@code busy}, {@code no-answer},
 * {@code failed}, {@code canceled})
 * @param sequenceNumber Twilio's order of the callbacks of one call, from 0 (they may
 * arrive twice or out of order)
 * @param receivedAt when it reached us, by our clock: the measurement
 * @param twilioTimestamp Twilio's own {@code Timestamp} (whole seconds): evidence only
 * @param callDuration the call's duration in seconds, in the final callback
 * @param parameters every parameter as posted, kept as evidence
 */
record StatusCallback(String callSid, String callStatus, int sequenceNumber, Instant receivedAt, String twilioTimestamp,
		Integer callDuration, Map<String, String> parameters) {

	StatusCallback {
		parameters = Map.copyOf(parameters);
	}

	/**
	 * @param parameters the posted parameters
	 * @param receivedAt when they reached us
	 * @return the callback
	 * @throws IllegalArgumentException when a parameter Twilio always sends is missing
	 */
	static StatusCallback of(Map<String, String> parameters, Instant receivedAt) {
		String sid = required(parameters, "CallSid");
		String status = required(parameters, "CallStatus");
		int sequence = Integer.parseInt(required(parameters, "SequenceNumber"));
		String duration = parameters.get("CallDuration");
		return new StatusCallback(sid, status, sequence, receivedAt, parameters.get("Timestamp"),
				(duration != null && !duration.isBlank()) ? Integer.valueOf(duration) : null, parameters);
	}

	private static String required(Map<String, String> parameters, String name) {
		String value = parameters.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("a Twilio status callback without " + name);
		}
		return value;
	}

}
