package nl.schaduwklant.scoring.norms;

import java.time.Duration;

import nl.schaduwklant.probes.LiveAgentMethod;
import nl.schaduwklant.scoring.Measurement;

/**
 * One clause of a norm profile.
 *
 * @param id its id in the profile
 * @param title what it requires, in words
 * @param type what it measures
 * @param limit for {@code LIVE_AGENT_WITHIN}: the limit
 * @param from for {@code LIVE_AGENT_WITHIN}: the moment the limit runs from
 * @param requiredShare the share of probes that must pass (0–1)
 * @param minimumSample the fewest probes it judges
 * @param source where the clause comes from
 * @param assumption what the profile assumes where the source says nothing (absent when
 * the source says it all)
 */
public record NormClause(String id, String title, ClauseType type, Duration limit, LiveAgentWithin.From from,
		double requiredShare, int minimumSample, String source, String assumption) {

	/**
	 * @return the share this clause requires
	 */
	public ShareClause share() {
		return new ShareClause(this.id, this.requiredShare, this.minimumSample);
	}

	/**
	 * @param measurement a probe's measurement
	 * @return what it counts for in this clause
	 */
	public ProbeJudgement judge(Measurement measurement) {
		if (measurement.phone() == null) {
			return new ProbeJudgement(measurement.probeId(), ProbeJudgement.Counts.NOT_COUNTED, "not a call");
		}
		return switch (this.type) {
			case LIVE_AGENT_WITHIN -> new LiveAgentWithin(this.limit, this.from).judge(measurement);
			case CONNECTED -> new ProbeJudgement(measurement.probeId(),
					measurement.phone().connected() ? ProbeJudgement.Counts.PASSED : ProbeJudgement.Counts.FAILED,
					String.valueOf(measurement.phone().outcome()));
			case HELPED -> helped(measurement);
		};
	}

	/**
	 * Whether the caller was helped is a consultant's judgement: a call a person answered
	 * waits for a review; one nobody answered did not help.
	 */
	private static ProbeJudgement helped(Measurement measurement) {
		if (!measurement.answered()) {
			return new ProbeJudgement(measurement.probeId(), ProbeJudgement.Counts.FAILED, "nobody answered");
		}
		if (measurement.resolved() == null && measurement.phone().method() == LiveAgentMethod.AUDIO) {
			// followed by its audio alone: there is no speech-to-text and nobody to
			// review it
			return new ProbeJudgement(measurement.probeId(), ProbeJudgement.Counts.NOT_COUNTED,
					"answered; a call without a consultant cannot tell whether the caller was helped");
		}
		if (measurement.resolved() == null) {
			return new ProbeJudgement(measurement.probeId(), ProbeJudgement.Counts.AWAITS_REVIEW,
					"answered, not yet reviewed by the consultant");
		}
		return new ProbeJudgement(measurement.probeId(),
				measurement.resolved() ? ProbeJudgement.Counts.PASSED : ProbeJudgement.Counts.FAILED,
				measurement.resolved() ? "helped, as the consultant reviewed"
						: "not helped, as the consultant reviewed");
	}

}
