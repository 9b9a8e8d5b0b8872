package nl.schaduwklant.scheduler;

import java.util.List;
import java.util.UUID;

/**
 * Mystery-shopping campaigns.
 */
public interface Campaigns {

	/**
	 * @param campaign the campaign to define
	 * @return the defined campaign, in {@link CampaignStatus#DRAFT}
	 * @throws InvalidCampaign when it refers to unknown organisations or scenarios, or to
	 * channels an organisation cannot be reached on
	 */
	CampaignDetails define(NewCampaign campaign);

	/**
	 * Plans the campaign's probe slots, one per organisation, scenario and channel the
	 * organisation can be reached on, and fires {@link ProbeDue} for each.
	 * @param id the campaign
	 * @return the started campaign
	 * @throws CampaignNotFound when there is none with that id
	 * @throws CampaignAlreadyStarted when it is not a draft
	 */
	CampaignDetails start(UUID id);

	CampaignDetails get(UUID id);

	List<CampaignDetails> list();

}
