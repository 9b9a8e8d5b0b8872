package nl.schaduwklant.probes;

import java.time.Instant;
import java.util.UUID;

/**
 * A message in the mystery mailbox that belongs to no probe, or could not be read: kept
 * for a consultant, never dropped.
 *
 * @param id its record
 * @param receivedAt its IMAP INTERNALDATE
 * @param fromAddress its sender
 * @param subject its subject
 * @param autoReply whether it is an automatic reply
 * @param status {@code UNMATCHED} or {@code UNREADABLE}
 * @param detail what was odd about it
 * @param evidenceId its raw message
 * @param sha256 the SHA-256 of its raw message
 * @param size the size of its raw message
 */
public record UnmatchedReply(UUID id, Instant receivedAt, String fromAddress, String subject, boolean autoReply,
		String status, String detail, UUID evidenceId, String sha256, long size) {
}
