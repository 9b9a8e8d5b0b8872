package nl.schaduwklant.scoring.norms;

import java.time.Duration;

import nl.schaduwklant.scoring.Measurement;

/**
 * What a measured call counts for in a clause like "calls answered by a person within 15
 * seconds": it passes when a person spoke within the limit, counted from the moment the
 * profile names (the public text of NEN 8878 does not say which, so both are stored). A
 * call nobody answered, or that was busy or not answered at all, fails: the caller was
 * not helped within the limit.
 *
 * @param limit the limit, e.g. 15 seconds
 * @param from the moment it runs from
 */
public record LiveAgentWithin(Duration limit, From from) {

	/**
	 * The moment the wait for a person is counted from.
	 */
	public enum From {

		/** The organisation's line started ringing: what the caller waits. */
		RINGING,

		/** The line connected (a menu, or the queue). */
		CONNECT

	}

	/**
	 * @param measurement a probe's measurement
	 * @return what it counts for
	 */
	public ProbeJudgement judge(Measurement measurement) {
		if (measurement.phone() == null) {
			return new ProbeJudgement(measurement.probeId(), ProbeJudgement.Counts.NOT_COUNTED, "not a call");
		}
		Duration waited = (this.from == From.RINGING) ? measurement.phone().timeToLiveAgentFromRinging()
				: measurement.phone().timeToLiveAgentFromConnect();
		if (waited == null && measurement.phone().outcome() == nl.schaduwklant.probes.CallOutcome.REACHED) {
			// a person answered, but the instant the wait runs from never reached us
			return new ProbeJudgement(measurement.probeId(), ProbeJudgement.Counts.NOT_COUNTED,
					"a person answered, but the " + this.from.name().toLowerCase() + " was not received");
		}
		if (waited == null) {
			return new ProbeJudgement(measurement.probeId(), ProbeJudgement.Counts.FAILED,
					"no person answered (" + measurement.phone().outcome() + ")");
		}
		boolean within = waited.compareTo(this.limit) <= 0;
		return new ProbeJudgement(measurement.probeId(),
				within ? ProbeJudgement.Counts.PASSED : ProbeJudgement.Counts.FAILED,
				"a person after " + waited.toMillis() / 1000.0 + " s from " + this.from.name().toLowerCase());
	}

}
