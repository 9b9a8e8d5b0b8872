package nl.schaduwklant.scheduler;

/**
 * Where a campaign is in its life.
 */
public enum CampaignStatus {

	/** Defined, not started: nobody has been contacted. */
	DRAFT,

	/** Started: its probe slots have been planned and fired. */
	RUNNING

}
