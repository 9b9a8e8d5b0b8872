package nl.schaduwklant.scoring.norms;

import nl.schaduwklant.probes.LiveAgentMethod;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.PhoneFigures;

/**
 * What a call counts for in a clause only a person who heard it can judge (helped, a
 * proper welcome, an alternative offered): there is no speech-to-text, so it is judged
 * from the consultant's review alone. A call a person answered waits for its review; one
 * followed by its audio alone has nobody to review it and does not count.
 *
 * @param type {@code HELPED}, {@code PROPER_WELCOME} or {@code ALTERNATIVE_OFFERED}
 */
record ReviewedCall(ClauseType type) {

	ProbeJudgement judge(Measurement measurement) {
		PhoneFigures phone = measurement.phone();
		if (!measurement.answered()) {
			return (this.type == ClauseType.HELPED)
					? judgement(measurement, ProbeJudgement.Counts.FAILED, "nobody answered")
					: judgement(measurement, ProbeJudgement.Counts.NOT_COUNTED, "nobody answered");
		}
		Boolean reviewed = reviewed(measurement);
		if (reviewed == null && phone.method() == LiveAgentMethod.AUDIO) {
			return judgement(measurement, ProbeJudgement.Counts.NOT_COUNTED,
					"answered; a call without a consultant has nobody to review it");
		}
		if (reviewed == null && phone.reviewed() && this.type == ClauseType.ALTERNATIVE_OFFERED) {
			// reviewed, and the person asked for was reached: nothing to offer instead
			return judgement(measurement, ProbeJudgement.Counts.NOT_COUNTED,
					"the person asked for was reached, as the consultant reviewed");
		}
		if (reviewed == null) {
			return judgement(measurement, ProbeJudgement.Counts.AWAITS_REVIEW,
					"answered, not yet reviewed by the consultant");
		}
		String what = switch (this.type) {
			case PROPER_WELCOME -> "a proper welcome";
			case ALTERNATIVE_OFFERED -> "an alternative offered";
			default -> "helped";
		};
		return judgement(measurement, reviewed ? ProbeJudgement.Counts.PASSED : ProbeJudgement.Counts.FAILED,
				(reviewed ? what : "not " + what) + ", as the consultant reviewed");
	}

	private Boolean reviewed(Measurement measurement) {
		return switch (this.type) {
			case PROPER_WELCOME -> measurement.phone().properWelcome();
			case ALTERNATIVE_OFFERED -> measurement.phone().alternativeOffered();
			default -> measurement.resolved();
		};
	}

	private static ProbeJudgement judgement(Measurement measurement, ProbeJudgement.Counts counts, String why) {
		return new ProbeJudgement(measurement.probeId(), counts, why);
	}

}
