package nl.schaduwklant.probes.phone;

/**
 * Twilio did not place a call, or we cannot tell whether it did. Never the organisation's
 * fault: such a probe is FAILED (or, when the call may have been placed, NEEDS_REVIEW
 * after a look-up), never counted against it.
 */
class CallNotPlaced extends RuntimeException {

	/**
	 * Why the call was not placed.
	 */
	enum Refusal {

		/** The number is not a valid phone number (Twilio 21211, 21217). */
		INVALID_NUMBER(false),

		/** The account may not call that country or number (21215, 32205, 13227). */
		GEO_PERMISSION(false),

		/**
		 * The account placed calls too fast (20429, HTTP 429), even after backing off.
		 */
		RATE_LIMITED(true),

		/** The account's SID or auth token is wrong (20003, HTTP 401). */
		AUTHENTICATION(false),

		/**
		 * The request never reached Twilio (no connection, or none free in time), or the
		 * node was stopping before it was sent: nothing was placed.
		 */
		NOT_SENT(true),

		/**
		 * The request got no answer, or Twilio failed on its side (HTTP 5xx): the call
		 * may have been placed.
		 */
		OUTCOME_UNKNOWN(false),

		/** Any other refusal. */
		OTHER(false);

		private final boolean retryable;

		Refusal(boolean retryable) {
			this.retryable = retryable;
		}

	}

	private final Refusal refusal;

	private final Integer code;

	CallNotPlaced(Refusal refusal, Integer code, String message, Throwable cause) {
		super(message, cause);
		this.refusal = refusal;
		this.code = code;
	}

	Refusal refusal() {
		return this.refusal;
	}

	/**
	 * @return Twilio's error code, if it gave one
	 */
	Integer code() {
		return this.code;
	}

	/**
	 * @return whether trying again later may succeed (and cannot call anyone twice)
	 */
	boolean retryable() {
		return this.refusal.retryable;
	}

	/**
	 * @return whether the call may have been placed all the same, so it must be looked up
	 * rather than placed again
	 */
	boolean mayHaveBeenPlaced() {
		return this.refusal == Refusal.OUTCOME_UNKNOWN;
	}

}
