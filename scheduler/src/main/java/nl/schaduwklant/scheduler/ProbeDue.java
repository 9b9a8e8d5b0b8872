package nl.schaduwklant.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A planned probe slot is due: one organisation is to be contacted once with one scenario
 * on one channel. Carries a snapshot of everything the probe needs, so that later edits
 * of an organisation or a scenario never change what a probe did.
 *
 * @param slotId the slot; a probe is created at most once per slot
 * @param campaignId the campaign
 * @param channel the channel
 * @param target the organisation
 * @param scenario the question
 * @param dueAt when the contact is due
 * @param replyDeadline how long the organisation has to reply
 * @param resolutionThreshold the resolution score at or above which a probe counts as
 * resolved
 * @param consultantNumber for a consultant-assisted call: the consultant's number, rung
 * first and bridged to the organisation; absent otherwise
 */
public record ProbeDue(UUID slotId, UUID campaignId, Channel channel, ProbeTarget target, ProbeScenario scenario,
		Instant dueAt, Duration replyDeadline, double resolutionThreshold, String consultantNumber) {

	public ProbeDue(UUID slotId, UUID campaignId, Channel channel, ProbeTarget target, ProbeScenario scenario,
			Instant dueAt, Duration replyDeadline, double resolutionThreshold) {
		this(slotId, campaignId, channel, target, scenario, dueAt, replyDeadline, resolutionThreshold, null);
	}

}
