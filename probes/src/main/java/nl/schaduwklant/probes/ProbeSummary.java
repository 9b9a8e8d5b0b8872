package nl.schaduwklant.probes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.schaduwklant.scheduler.Channel;

/**
 * A probe as consultants see it: its state and its timeline.
 *
 * @param id the probe
 * @param campaignId its campaign
 * @param organisationId the organisation it contacts
 * @param organisationName that organisation's name
 * @param sector that organisation's sector
 * @param scenarioId the question it asks
 * @param scenarioTitle that question's title
 * @param channel its channel
 * @param token the reference token it carries
 * @param state its state
 * @param outcome how it ended, once it has
 * @param attempts how many contact attempts were made
 * @param problem why it failed or needs review, if it did
 * @param retryAt when a probe that failed before contacting anyone is tried again (absent
 * when it is not)
 * @param contactedAt when the contact was made
 * @param deadlineAt when the organisation's time to answer ends
 * @param autoAcknowledgedAt when the first automatic acknowledgement arrived
 * @param firstHumanReplyAt when the first human answer arrived
 * @param timeline everything that happened
 * @param conversation what a chat observed (absent for other channels)
 * @param call what a call observed (absent for other channels)
 * @param addressBouncedAt when a bounce said our e-mail could not be delivered, while the
 * probe was open (absent when none did)
 */
public record ProbeSummary(UUID id, UUID campaignId, UUID organisationId, String organisationName, String sector,
		UUID scenarioId, String scenarioTitle, Channel channel, String token, ProbeState state, ProbeOutcome outcome,
		int attempts, String problem, Instant retryAt, Instant contactedAt, Instant deadlineAt,
		Instant autoAcknowledgedAt, Instant firstHumanReplyAt, List<TimelineEvent> timeline, Conversation conversation,
		PhoneCall call, Instant addressBouncedAt) {

	public ProbeSummary(UUID id, UUID campaignId, UUID organisationId, String organisationName, String sector,
			UUID scenarioId, String scenarioTitle, Channel channel, String token, ProbeState state,
			ProbeOutcome outcome, int attempts, String problem, Instant retryAt, Instant contactedAt,
			Instant deadlineAt, Instant autoAcknowledgedAt, Instant firstHumanReplyAt, List<TimelineEvent> timeline,
			Conversation conversation, PhoneCall call) {
		this(id, campaignId, organisationId, organisationName, sector, scenarioId, scenarioTitle, channel, token, state,
				outcome, attempts, problem, retryAt, contactedAt, deadlineAt, autoAcknowledgedAt, firstHumanReplyAt,
				timeline, conversation, call, null);
	}

	public ProbeSummary(UUID id, UUID campaignId, UUID organisationId, String organisationName, String sector,
			UUID scenarioId, String scenarioTitle, Channel channel, String token, ProbeState state,
			ProbeOutcome outcome, int attempts, String problem, Instant retryAt, Instant contactedAt,
			Instant deadlineAt, Instant autoAcknowledgedAt, Instant firstHumanReplyAt, List<TimelineEvent> timeline,
			Conversation conversation) {
		this(id, campaignId, organisationId, organisationName, sector, scenarioId, scenarioTitle, channel, token, state,
				outcome, attempts, problem, retryAt, contactedAt, deadlineAt, autoAcknowledgedAt, firstHumanReplyAt,
				timeline, conversation, null);
	}

	/**
	 * @return whether the probe will not change by itself any more: scored, waiting for a
	 * consultant's review, or failed without a retry to come
	 */
	public boolean isSettled() {
		return switch (this.state) {
			case SCORED, NEEDS_REVIEW -> true;
			case FAILED -> this.retryAt == null;
			default -> false;
		};
	}

	/**
	 * @return whether the probe failed and waits for its retry
	 */
	public boolean awaitsRetry() {
		return this.state == ProbeState.FAILED && this.retryAt != null;
	}

}
