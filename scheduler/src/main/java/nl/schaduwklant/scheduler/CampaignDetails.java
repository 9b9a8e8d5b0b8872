package nl.schaduwklant.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A defined campaign.
 *
 * @param id its id
 * @param name its name
 * @param status where it is in its life
 * @param organisationIds the organisations it probes
 * @param scenarioIds the questions it asks
 * @param channels the channels it uses
 * @param replyDeadline how long an organisation has to reply
 * @param resolutionThreshold the resolution score at or above which a probe is resolved
 * @param createdAt when it was defined
 * @param startedAt when it was started, if it was
 * @param plannedProbes how many probe slots its start planned
 * @param consultantNumber the consultant its calls go through, when they are
 * consultant-assisted
 */
public record CampaignDetails(UUID id, String name, CampaignStatus status, List<UUID> organisationIds,
		List<UUID> scenarioIds, Set<Channel> channels, Duration replyDeadline, double resolutionThreshold,
		Instant createdAt, Instant startedAt, int plannedProbes, String consultantNumber) {

	public CampaignDetails(UUID id, String name, CampaignStatus status, List<UUID> organisationIds,
			List<UUID> scenarioIds, Set<Channel> channels, Duration replyDeadline, double resolutionThreshold,
			Instant createdAt, Instant startedAt, int plannedProbes) {
		this(id, name, status, organisationIds, scenarioIds, channels, replyDeadline, resolutionThreshold, createdAt,
				startedAt, plannedProbes, null);
	}

}
