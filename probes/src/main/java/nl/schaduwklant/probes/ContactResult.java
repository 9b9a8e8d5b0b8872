package nl.schaduwklant.probes;

import java.time.Instant;
import java.util.UUID;

/**
 * What a channel probe reports after trying to make a contact.
 */
public sealed interface ContactResult {

	/**
	 * The organisation was contacted; its answer is awaited.
	 *
	 * @param contactedAt when the contact was made
	 * @param clock which clock gave {@code contactedAt}
	 * @param detail what was done, e.g. the Message-ID
	 * @param evidenceId the evidence of the contact
	 */
	record Contacted(Instant contactedAt, String clock, String detail, UUID evidenceId) implements ContactResult {
	}

	/**
	 * We did not contact the organisation: our failure, never counted against it.
	 *
	 * @param reason why
	 * @param retryable whether trying again later may succeed
	 */
	record Failed(String reason, boolean retryable) implements ContactResult {
	}

	/**
	 * We cannot tell whether the organisation was contacted; a consultant decides, the
	 * probe is never repeated automatically.
	 *
	 * @param reason why
	 */
	record Uncertain(String reason) implements ContactResult {
	}

}
