package nl.schaduwklant.scoring.metric;

import java.time.Duration;
import java.time.Instant;

import nl.schaduwklant.probes.Observation;
import nl.schaduwklant.scheduler.OpeningHours;

/**
 * The response-time metrics of an observation: time to the first human answer and to the
 * first automatic acknowledgement, in wall-clock and in business time. A metric is absent
 * ({@code null}) when its event did not happen.
 */
public final class ResponseTimes {

	private final BusinessTime businessTime;

	public ResponseTimes(BusinessTime businessTime) {
		this.businessTime = businessTime;
	}

	public Duration toFirstHumanReply(Observation observation) {
		return between(observation.contactedAt(), observation.firstHumanReplyAt());
	}

	public Duration businessTimeToFirstHumanReply(Observation observation, OpeningHours hours) {
		if (observation.contactedAt() == null || observation.firstHumanReplyAt() == null) {
			return null;
		}
		return this.businessTime.between(observation.contactedAt(), observation.firstHumanReplyAt(), hours);
	}

	public Duration toAutoAcknowledgement(Observation observation) {
		return between(observation.contactedAt(), observation.autoAcknowledgedAt());
	}

	public Duration toFirstBotReply(Observation observation) {
		return (observation.conversation() != null)
				? between(observation.contactedAt(), observation.conversation().firstBotReplyAt()) : null;
	}

	private static Duration between(Instant from, Instant to) {
		if (from == null || to == null) {
			return null;
		}
		Duration duration = Duration.between(from, to);
		return duration.isNegative() ? Duration.ZERO : duration;
	}

}
