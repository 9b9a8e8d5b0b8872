package nl.schaduwklant.scoring.norms;

import java.time.Duration;
import java.time.Instant;

import nl.schaduwklant.probes.LiveAgentMethod;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.PhoneFigures;

/**
 * What a call counts for in "callback promises kept": only calls in which the
 * organisation promised to call back count (the consultant's review says so), and one
 * passes when the organisation called back within the limit, counted from the end of the
 * call. While the limit has not run out and no callback came, its outcome is not known.
 *
 * @param limit e.g. 24 hours
 */
record CallbackKept(Duration limit) {

	ProbeJudgement judge(Measurement measurement, Instant judgedAt) {
		PhoneFigures phone = measurement.phone();
		if (!measurement.answered()) {
			return judgement(measurement, ProbeJudgement.Counts.NOT_COUNTED, "nobody answered, nobody promised");
		}
		if (phone.callbackPromised() == null) {
			return (phone.method() == LiveAgentMethod.AUDIO)
					? judgement(measurement, ProbeJudgement.Counts.NOT_COUNTED,
							"answered; a call without a consultant has nobody to hear a promise")
					: judgement(measurement, ProbeJudgement.Counts.AWAITS_REVIEW,
							"answered, not yet reviewed by the consultant");
		}
		if (!phone.callbackPromised()) {
			return judgement(measurement, ProbeJudgement.Counts.NOT_COUNTED, "no callback promised");
		}
		if (phone.callbackAfter() != null) {
			boolean kept = phone.callbackAfter().compareTo(this.limit) <= 0;
			return judgement(measurement, kept ? ProbeJudgement.Counts.PASSED : ProbeJudgement.Counts.FAILED,
					"called back " + seconds(phone.callbackAfter()) + " s after the call");
		}
		if (phone.endedAt() == null || judgedAt.isAfter(phone.endedAt().plus(this.limit))) {
			return judgement(measurement, ProbeJudgement.Counts.FAILED,
					"promised, not called back within " + this.limit);
		}
		return judgement(measurement, ProbeJudgement.Counts.PENDING,
				"promised; the time to call back runs until " + phone.endedAt().plus(this.limit));
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	private static ProbeJudgement judgement(Measurement measurement, ProbeJudgement.Counts counts, String why) {
		return new ProbeJudgement(measurement.probeId(), counts, why);
	}

}
