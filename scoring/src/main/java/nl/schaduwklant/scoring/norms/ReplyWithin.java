package nl.schaduwklant.scoring.norms;

import java.time.Duration;

import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.Measurement;

/**
 * What a probe of a written channel counts for in "answered by a person within N": it
 * passes when a person's first answer came within the limit, in wall-clock time or in the
 * organisation's business time. No answer by the campaign's reply deadline, an
 * unavailable chat, or a chat only a bot answered fail.
 *
 * @param channel the channel judged
 * @param limit e.g. 2 minutes, or 8 business hours
 * @param time which time the limit is counted in
 */
record ReplyWithin(Channel channel, Duration limit, NormClause.ReplyTime time) {

	ProbeJudgement judge(Measurement measurement) {
		if (measurement.channel() != this.channel) {
			return judgement(measurement, ProbeJudgement.Counts.NOT_COUNTED, "not a " + this.channel + " probe");
		}
		if (Boolean.FALSE.equals(measurement.available())) {
			return judgement(measurement, ProbeJudgement.Counts.FAILED, "the chat was not available");
		}
		if (!measurement.answered()) {
			return judgement(measurement, ProbeJudgement.Counts.FAILED, Boolean.TRUE.equals(measurement.botOnly())
					? "only a bot answered" : "no answer from a person by the reply deadline");
		}
		Duration took = (this.time == NormClause.ReplyTime.BUSINESS) ? measurement.businessTimeToFirstHumanReply()
				: measurement.timeToFirstHumanReply();
		if (took == null) {
			return judgement(measurement, ProbeJudgement.Counts.NOT_COUNTED,
					"answered, but the time of the answer is not known");
		}
		boolean within = took.compareTo(this.limit) <= 0;
		return judgement(measurement, within ? ProbeJudgement.Counts.PASSED : ProbeJudgement.Counts.FAILED,
				"a person answered after " + took.toMillis() / 1000.0 + " s"
						+ ((this.time == NormClause.ReplyTime.BUSINESS) ? " of business time" : ""));
	}

	private static ProbeJudgement judgement(Measurement measurement, ProbeJudgement.Counts counts, String why) {
		return new ProbeJudgement(measurement.probeId(), counts, why);
	}

}
