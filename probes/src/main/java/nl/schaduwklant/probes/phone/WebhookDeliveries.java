package nl.schaduwklant.probes.phone;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The idempotency tokens ({@code I-Twilio-Idempotency-Token}) of the webhook requests
 * this node received lately, so that a request Twilio retries is acted on once. Bounded:
 * the oldest tokens are forgotten first (Twilio retries within seconds).
 */
class WebhookDeliveries {

	static final int REMEMBERED = 10_000;

	private final Map<String, Boolean> seen = new LinkedHashMap<>(256, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > REMEMBERED;
		}

	};

	/**
	 * @param token the request's token, if it has one
	 * @return whether a delivery of it was already acted on
	 */
	synchronized boolean handled(String token) {
		return token != null && !token.isBlank() && this.seen.containsKey(token);
	}

	/**
	 * Remembers a request once it was acted on, so that a retry after a failure is acted
	 * on, and a retry after success is not.
	 * @param token the request's token, if it has one
	 */
	synchronized void handledNow(String token) {
		if (token != null && !token.isBlank()) {
			this.seen.put(token, Boolean.TRUE);
		}
	}

}
