package nl.schaduwklant.probes;

import java.time.Instant;
import java.util.UUID;

/**
 * One timestamped event of a probe.
 *
 * @param type what happened
 * @param at when it happened
 * @param clock which clock gave {@code at}, e.g. {@code PROBE_CLOCK} or
 * {@code IMAP_INTERNALDATE}
 * @param detail a human-readable detail, never a secret
 * @param evidenceId the evidence that shows it, if any
 */
public record TimelineEvent(TimelineEventType type, Instant at, String clock, String detail, UUID evidenceId) {
}
