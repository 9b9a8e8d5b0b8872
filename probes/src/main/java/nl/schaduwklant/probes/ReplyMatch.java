package nl.schaduwklant.probes;

import java.util.UUID;

/**
 * The probe a reply belongs to.
 *
 * @param probeId the probe
 * @param token its token
 * @param basis how the reply was matched to it
 */
public record ReplyMatch(UUID probeId, String token, MatchBasis basis) {
}
