package nl.schaduwklant.probes.email;

import java.time.Instant;

/**
 * How the SMTP server answered the submission of a mystery e-mail.
 */
sealed interface Submission {

	/**
	 * The server accepted the message.
	 *
	 * @param at when it accepted it (the probe clock, the moment its answer arrived)
	 * @param serverResponse its answer, e.g. {@code 250 OK}
	 */
	record Accepted(Instant at, String serverResponse) implements Submission {
	}

	/**
	 * The message was not accepted: we could not connect or log in, or the server refused
	 * it.
	 *
	 * @param reason why
	 * @param retryable whether trying again later may succeed
	 */
	record NotAccepted(String reason, boolean retryable) implements Submission {
	}

	/**
	 * The connection failed while the message was being transmitted: the server may or
	 * may not have accepted it.
	 *
	 * @param reason why
	 */
	record Unknown(String reason) implements Submission {
	}

}
