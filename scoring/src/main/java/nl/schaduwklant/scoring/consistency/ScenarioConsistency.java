package nl.schaduwklant.scoring.consistency;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schaduwklant.scheduler.Channel;

/**
 * One question asked of one organisation on several channels.
 *
 * @param scenarioId the question
 * @param answers each channel's answer
 * @param pairs each pair of channels compared
 * @param score the mean of the pairs' scores (absent with fewer than two answers)
 */
public record ScenarioConsistency(UUID scenarioId, Map<Channel, ChannelAnswer> answers, List<PairComparison> pairs,
		Double score) {

}
