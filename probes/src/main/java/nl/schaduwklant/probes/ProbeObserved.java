package nl.schaduwklant.probes;

import java.time.Duration;
import java.util.UUID;

import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.ProbeScenario;
import nl.schaduwklant.scheduler.ProbeTarget;

/**
 * A probe has ended with an outcome that counts: a human answered, or the deadline
 * passed. Failed probes are never observed: they are our failure, not the organisation's.
 *
 * @param probeId the probe
 * @param campaignId its campaign
 * @param channel its channel
 * @param target the organisation, as planned
 * @param scenario the question, as planned
 * @param replyDeadline the deadline the organisation had
 * @param resolutionThreshold the resolution score at or above which it is resolved
 * @param outcome how it ended
 * @param observation what it observed
 */
public record ProbeObserved(UUID probeId, UUID campaignId, Channel channel, ProbeTarget target, ProbeScenario scenario,
		Duration replyDeadline, double resolutionThreshold, ProbeOutcome outcome, Observation observation) {
}
