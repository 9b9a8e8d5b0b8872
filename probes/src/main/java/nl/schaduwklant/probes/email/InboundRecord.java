package nl.schaduwklant.probes.email;

import java.time.Instant;
import java.util.UUID;

import nl.schaduwklant.probes.MatchBasis;

/**
 * One message found in the mystery mailbox and what became of it.
 *
 * @param id its id
 * @param mailbox the mailbox key
 * @param uidValidity the folder's UIDVALIDITY
 * @param uid its UID
 * @param internalDate its IMAP INTERNALDATE
 * @param processedAt when the watcher processed it
 * @param sha256 the SHA-256 of the raw message
 * @param size the size of the raw message
 * @param messageId its Message-ID
 * @param fromAddress its sender
 * @param subject its subject
 * @param evidenceId the stored raw message
 * @param autoReply whether it is an automatic reply
 * @param autoReplyReasons why it is
 * @param status what became of it
 * @param probeId the probe it belongs to
 * @param matchBasis how it was matched
 * @param detail what went wrong, if anything
 */
record InboundRecord(UUID id, String mailbox, long uidValidity, long uid, Instant internalDate, Instant processedAt,
		String sha256, long size, String messageId, String fromAddress, String subject, UUID evidenceId,
		boolean autoReply, String autoReplyReasons, InboundStatus status, UUID probeId, MatchBasis matchBasis,
		String detail) {
}
