package nl.schaduwklant.scoring;

import java.time.Instant;
import java.util.List;

import nl.schaduwklant.scoring.norms.OrganisationVerdicts;

/**
 * Everything a campaign's verdicts are judged from, and nothing else: its measurements
 * (calls with the callbacks that answered them), the probes that wait for a review, and
 * the moment of judging. The measurements export holds exactly this, so verdicts can be
 * judged again from the file alone.
 *
 * @param measurements the measurements
 * @param awaiting the probes that wait for a review
 * @param judgedAt the moment of judging
 */
public record JudgingInput(List<Measurement> measurements, List<OrganisationVerdicts.AwaitingReview> awaiting,
		Instant judgedAt) {

	public JudgingInput {
		measurements = List.copyOf(measurements);
		awaiting = List.copyOf(awaiting);
	}

}
