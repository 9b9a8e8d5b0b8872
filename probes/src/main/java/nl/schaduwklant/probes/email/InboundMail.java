package nl.schaduwklant.probes.email;

import java.time.Instant;

import nl.schaduwklant.probes.CapturedContent;

/**
 * A message as the watcher fetched it from the mystery mailbox.
 *
 * @param mailbox the mailbox key
 * @param uidValidity the folder's UIDVALIDITY
 * @param uid the message's UID
 * @param internalDate its INTERNALDATE: when the mailbox server received it
 * @param content its raw bytes (at most the size limit) with hash and size of the whole
 */
record InboundMail(String mailbox, long uidValidity, long uid, Instant internalDate, CapturedContent content) {
}
