package nl.schaduwklant.probes;

import java.util.List;
import java.util.UUID;

import nl.schaduwklant.scheduler.ProbeTarget;

/**
 * The probes and their lifecycle, as other modules see them.
 */
public interface ProbeRuns {

	/**
	 * @param id the probe
	 * @return the probe
	 * @throws ProbeNotFound when there is none with that id
	 */
	ProbeSummary get(UUID id);

	/**
	 * @param id the probe
	 * @return the organisation the probe contacts, as it was planned
	 * @throws ProbeNotFound when there is no probe with that id
	 */
	ProbeTarget target(UUID id);

	List<ProbeSummary> byCampaign(UUID campaignId);

	List<ProbeSummary> needingReview();

	/**
	 * @param number a telephone number (E.164)
	 * @param since the earliest contact to consider
	 * @return the phone probes that called that number since then, latest contact first
	 */
	List<ProbeSummary> callsTo(String number, java.time.Instant since);

	CampaignProgress progress(UUID campaignId);

	/**
	 * Records that a probe's measurement exists.
	 * @param probeId the probe
	 */
	void markScored(UUID probeId);

}
