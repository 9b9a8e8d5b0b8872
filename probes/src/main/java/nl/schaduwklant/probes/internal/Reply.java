package nl.schaduwklant.probes.internal;

import java.time.Instant;
import java.util.UUID;

import nl.schaduwklant.probes.MatchBasis;

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
 * @param bounce whether it is a bounce: our message could not be delivered (automatic
 * too)
 * @param basis how it was matched to the probe, if known
 */
public record Reply(Instant receivedAt, String clock, boolean automatic, String why, String text, String signature,
		UUID evidenceId, boolean bounce, MatchBasis basis) {

	public Reply(Instant receivedAt, String clock, boolean automatic, String why, String text, String signature,
			UUID evidenceId) {
		this(receivedAt, clock, automatic, why, text, signature, evidenceId, false, null);
	}

	String describe() {
		return (this.bounce ? "bounce" : this.automatic ? "automatic reply" : "human reply")
				+ ((this.why != null) ? " (" + this.why + ")" : "");
	}

}
