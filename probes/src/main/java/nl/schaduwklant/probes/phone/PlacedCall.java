package nl.schaduwklant.probes.phone;

import java.time.Instant;

/**
 * A call Twilio accepted.
 *
 * @param sid its call SID ({@code CA…}), evidence of the contact and the key to reconcile
 * it
 * @param status its status when accepted (usually {@code queued})
 * @param requestedAt when we asked for it, by our clock (the start of post-dial delay)
 */
record PlacedCall(String sid, String status, Instant requestedAt) {
}
