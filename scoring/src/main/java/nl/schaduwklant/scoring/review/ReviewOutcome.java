package nl.schaduwklant.scoring.review;

import java.time.Instant;
import java.util.UUID;

/**
 * A decision taken on the review queue, as kept: who, when, why, and the value it
 * replaced (the original measurement is kept whole beside it).
 *
 * @param id the decision
 * @param action what was decided
 * @param probeId the probe
 * @param replyId the unmatched reply
 * @param field the figure corrected
 * @param originalValue its value before
 * @param newValue its value after
 * @param reason why
 * @param decidedBy who decided
 * @param decidedAt when
 */
public record ReviewOutcome(UUID id, ReviewAction action, UUID probeId, UUID replyId, String field,
		String originalValue, String newValue, String reason, String decidedBy, Instant decidedAt) {

}
