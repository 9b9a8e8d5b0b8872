package nl.schaduwklant.probes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the e-mail probe reads in one raw message: who sent it, which probe it refers to,
 * whether it is an automatic reply and why, and the new text of the answer.
 *
 * @param messageId its Message-ID
 * @param inReplyTo the Message-IDs in its In-Reply-To header
 * @param references the Message-IDs in its References header
 * @param fromAddress the sender's address
 * @param subject its subject
 * @param dateHeader the sender's Date header: evidence, never a measurement
 * @param referencedProbeIds probe ids found in our Message-IDs it refers to
 * @param tokens probe tokens found in its subject or text
 * @param autoReply whether it is an automatic reply
 * @param autoReplyReasons why it is (or empty)
 * @param bounce whether it is a bounce: one of our messages could not be delivered (a
 * bounce is an automatic reply too)
 * @param textSource which part the text was taken from, e.g. {@code text/plain}
 * @param newText the new text, without quoted history and signature
 * @param signature the signature, separated
 * @param ownMessage whether it is a copy of one of our own mystery e-mails
 * @param warnings what was odd about it (unknown charset, truncated, unreadable part)
 */
public record EmailReading(String messageId, List<String> inReplyTo, List<String> references, String fromAddress,
		String subject, Instant dateHeader, List<UUID> referencedProbeIds, List<String> tokens, boolean autoReply,
		List<String> autoReplyReasons, boolean bounce, String textSource, String newText, String signature,
		boolean ownMessage, List<String> warnings) {

	public EmailReading {
		inReplyTo = List.copyOf(inReplyTo);
		references = List.copyOf(references);
		referencedProbeIds = List.copyOf(referencedProbeIds);
		tokens = List.copyOf(tokens);
		autoReplyReasons = List.copyOf(autoReplyReasons);
		warnings = List.copyOf(warnings);
	}

}
