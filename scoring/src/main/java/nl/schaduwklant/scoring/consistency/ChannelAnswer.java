package nl.schaduwklant.scoring.consistency;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * What one channel answered to one question.
 *
 * @param probeId the probe
 * @param factsFound the answer-key facts it gave
 * @param factsContradicted the facts it contradicted (a known-wrong answer)
 * @param timeToFirstHumanReply how long the answer took
 */
public record ChannelAnswer(UUID probeId, List<String> factsFound, List<String> factsContradicted,
		Duration timeToFirstHumanReply) {

}
