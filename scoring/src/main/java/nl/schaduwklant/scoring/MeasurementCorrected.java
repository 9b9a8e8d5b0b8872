package nl.schaduwklant.scoring;

import java.util.UUID;

/**
 * A measurement changed by a consultant's decision on the review queue (or a probe that
 * needed review, measured from that decision). Reports follow it as they follow
 * {@link ProbeScored}; the original is kept with the decision.
 *
 * @param measurement the measurement as it now is
 * @param decisionId the decision
 */
public record MeasurementCorrected(Measurement measurement, UUID decisionId) {

}
