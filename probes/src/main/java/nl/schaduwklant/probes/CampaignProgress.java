package nl.schaduwklant.probes;

import java.util.Map;
import java.util.UUID;

/**
 * How far the probes of a campaign are.
 *
 * @param campaignId the campaign
 * @param probes how many probes exist for it
 * @param byState how many are in each state
 * @param settled how many will not change by themselves any more (scored, failed for
 * good, or waiting for a consultant's review)
 */
public record CampaignProgress(UUID campaignId, int probes, Map<ProbeState, Integer> byState, int settled) {

	public boolean isSettled(int plannedProbes) {
		return this.probes >= plannedProbes && this.settled == this.probes;
	}

}
