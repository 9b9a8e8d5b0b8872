package nl.schaduwklant.scoring.review;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Doubtful measurements in one queue, and the decisions consultants take on them. A
 * decision records who, when and why, keeps the original, and changes the measurement;
 * verdicts and benchmarks follow.
 */
public interface ReviewQueue {

	/**
	 * @param campaignId a campaign, or absent for every campaign (then only the probes
	 * that need review and the unmatched replies)
	 * @return the items waiting for a decision
	 */
	List<ReviewItem> open(UUID campaignId);

	/**
	 * @param decision the decision
	 * @param by who takes it
	 * @return the decision as kept
	 * @throws InvalidReviewDecision naming the field when it cannot be taken
	 */
	ReviewOutcome decide(ReviewDecision decision, String by);

	/**
	 * @param probeId a probe
	 * @return the decisions taken on it, oldest first
	 */
	List<ReviewOutcome> decisions(UUID probeId);

	/**
	 * @return the probes decided not to have contacted the organisation (our failures)
	 */
	Set<UUID> notContacted();

}
