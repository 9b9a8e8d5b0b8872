package nl.schaduwklant.scoring.review;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A consultant's decision on an item of the review queue, with the reason (required:
 * every override says why).
 *
 * @param action what is decided
 * @param probeId the probe decided on (for an unmatched reply: the probe it answers)
 * @param replyId the unmatched reply decided on
 * @param field for {@code CORRECT} and {@code CONTACTED}: the figure corrected
 * @param value its new value ({@code true}/{@code false}, or seconds)
 * @param reason why
 */
public record ReviewDecision(@NotNull ReviewAction action, UUID probeId, UUID replyId, @Size(max = 100) String field,
		@Size(max = 100) String value, @NotBlank @Size(max = 2000) String reason) {

}
