package nl.schaduwklant.scoring.review;

import java.util.UUID;

import nl.schaduwklant.scheduler.Channel;

/**
 * One doubtful measurement in the review queue.
 *
 * @param kind why it is doubtful
 * @param probeId the probe (absent for an unmatched reply)
 * @param replyId the unmatched reply (absent for a probe)
 * @param campaignId the probe's campaign
 * @param organisationId the probe's organisation
 * @param organisationName its name, or the reply's sender
 * @param channel the probe's channel
 * @param why what makes it doubtful
 * @param href where its timeline and evidence are
 */
public record ReviewItem(ReviewKind kind, UUID probeId, UUID replyId, UUID campaignId, UUID organisationId,
		String organisationName, Channel channel, String why, String href) {

}
