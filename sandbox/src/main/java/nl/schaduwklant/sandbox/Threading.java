package nl.schaduwklant.sandbox;

/**
 * What of the original a simulated organisation's reply keeps, which decides how the
 * probe can match it.
 */
public enum Threading {

	/** In-Reply-To and References kept: matched by thread headers. */
	THREADED,

	/** Thread headers dropped, token kept in the subject: matched by token. */
	TOKEN_ONLY,

	/**
	 * Thread headers dropped, token removed from the subject, no quoted history: matched
	 * by sender and subject.
	 */
	SUBJECT_ONLY

}
