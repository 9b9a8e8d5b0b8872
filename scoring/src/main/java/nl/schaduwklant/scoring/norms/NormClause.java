package nl.schaduwklant.scoring.norms;

import java.time.Duration;
import java.time.Instant;

import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.Measurement;

/**
 * One clause of a norm profile.
 *
 * @param id its id in the profile
 * @param title what it requires, in words
 * @param type what it measures
 * @param limit for the clauses with a time limit: the limit
 * @param from for {@code LIVE_AGENT_WITHIN} and {@code WAIT_OR_CALLBACK}: the moment the
 * limit runs from
 * @param channel for {@code REPLY_WITHIN}: the channel
 * @param time for {@code REPLY_WITHIN}: the time the limit is counted in
 * @param requiredShare the share of probes that must pass (0–1)
 * @param minimumSample the fewest probes it judges
 * @param source where the clause comes from
 * @param assumption whether the profile assumes a value its source does not give (the
 * required share, the moment the limit runs from, the minimum sample)
 * @param assumptionReason what is assumed, and why, in one line
 */
public record NormClause(String id, String title, ClauseType type, Duration limit, LiveAgentWithin.From from,
		Channel channel, ReplyTime time, double requiredShare, int minimumSample, String source, boolean assumption,
		String assumptionReason) {

	/**
	 * The time a reply limit is counted in.
	 */
	public enum ReplyTime {

		/** The wall clock. */
		WALL,

		/** The organisation's opening hours, Dutch public holidays excluded. */
		BUSINESS

	}

	/**
	 * @return the share this clause requires
	 */
	public ShareClause share() {
		return new ShareClause(this.id, this.requiredShare, this.minimumSample);
	}

	/**
	 * @param measurement a probe's measurement
	 * @param judgedAt the moment of judging (a promised callback may still come)
	 * @return what it counts for in this clause
	 */
	public ProbeJudgement judge(Measurement measurement, Instant judgedAt) {
		if (this.type == ClauseType.REPLY_WITHIN) {
			return new ReplyWithin(this.channel, this.limit, this.time).judge(measurement);
		}
		if (measurement.phone() == null) {
			return new ProbeJudgement(measurement.probeId(), ProbeJudgement.Counts.NOT_COUNTED, "not a call");
		}
		return switch (this.type) {
			case LIVE_AGENT_WITHIN -> new LiveAgentWithin(this.limit, this.from).judge(measurement);
			case CONNECTED -> new ProbeJudgement(measurement.probeId(),
					measurement.phone().connected() ? ProbeJudgement.Counts.PASSED : ProbeJudgement.Counts.FAILED,
					String.valueOf(measurement.phone().outcome()));
			case HELPED, PROPER_WELCOME, ALTERNATIVE_OFFERED -> new ReviewedCall(this.type).judge(measurement);
			case CALLBACK_KEPT -> new CallbackKept(this.limit).judge(measurement, judgedAt);
			case WAIT_OR_CALLBACK -> new WaitOrCallback(this.limit, this.from).judge(measurement);
			case REPLY_WITHIN -> throw new IllegalStateException("judged above");
		};
	}

	/**
	 * @return the channel whose probes the clause judges
	 */
	public Channel judges() {
		return (this.type == ClauseType.REPLY_WITHIN) ? this.channel : Channel.PHONE;
	}

}
