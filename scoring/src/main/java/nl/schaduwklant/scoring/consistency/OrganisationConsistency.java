package nl.schaduwklant.scoring.consistency;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schaduwklant.scheduler.Channel;

/**
 * Whether an organisation answers the same question the same way whichever channel the
 * customer chooses, and how fast each channel is.
 *
 * @param organisationId the organisation
 * @param organisationName its name
 * @param sector its sector
 * @param score the mean of its questions' scores (0–1; absent when no question was
 * answered on two channels)
 * @param scenarios each question
 * @param medianTimeToReply per channel, the median time to a person's answer
 */
public record OrganisationConsistency(UUID organisationId, String organisationName, String sector, Double score,
		List<ScenarioConsistency> scenarios, Map<Channel, Duration> medianTimeToReply) {

}
