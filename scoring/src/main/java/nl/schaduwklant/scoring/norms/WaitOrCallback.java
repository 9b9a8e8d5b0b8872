package nl.schaduwklant.scoring.norms;

import java.time.Duration;

import nl.schaduwklant.probes.LiveAgentMethod;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.PhoneFigures;

/**
 * What a call counts for in "wait at most N, or a callback offered": it passes when a
 * person answered within the limit; a longer wait passes only when the consultant's
 * review says a callback (or another alternative) was offered. A longer wait on a call
 * followed by its audio alone cannot say whether the queue offered a callback, and does
 * not count.
 *
 * @param limit e.g. 5 minutes
 * @param from the moment it runs from
 */
record WaitOrCallback(Duration limit, LiveAgentWithin.From from) {

	ProbeJudgement judge(Measurement measurement) {
		ProbeJudgement waited = new LiveAgentWithin(this.limit, this.from).judge(measurement);
		if (waited.counts() != ProbeJudgement.Counts.FAILED) {
			return waited;
		}
		PhoneFigures phone = measurement.phone();
		if (Boolean.TRUE.equals(phone.callbackPromised())) {
			return new ProbeJudgement(measurement.probeId(), ProbeJudgement.Counts.PASSED,
					waited.why() + "; a callback was offered, as the consultant reviewed");
		}
		if (phone.reviewed()) {
			return new ProbeJudgement(measurement.probeId(), ProbeJudgement.Counts.FAILED,
					waited.why() + "; no callback offered, as the consultant reviewed");
		}
		if (!phone.connected()) {
			return waited;
		}
		if (phone.method() == LiveAgentMethod.AUDIO) {
			return new ProbeJudgement(measurement.probeId(), ProbeJudgement.Counts.NOT_COUNTED,
					waited.why() + "; whether a callback was offered needs someone who heard the call");
		}
		return new ProbeJudgement(measurement.probeId(), ProbeJudgement.Counts.AWAITS_REVIEW,
				waited.why() + "; not yet reviewed by the consultant");
	}

}
