package nl.schaduwklant.probes.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A reply to a probe, as the probe records it.
 *
 * @param receivedAt when it arrived
 * @param clock which clock gave {@code receivedAt}
 * @param automatic whether it is an automatic reply
 * @param why why it is automatic, or how it was matched
 * @param text its new text
 * @param signature its signature
 * @param evidenceId its raw evidence
 */
public record Reply(Instant receivedAt, String clock, boolean automatic, String why, String text, String signature,
		UUID evidenceId) {

	String describe() {
		return (this.automatic ? "automatic reply" : "human reply") + ((this.why != null) ? " (" + this.why + ")" : "");
	}

}
