package nl.schaduwklant.scoring.norms;

import java.util.List;
import java.util.UUID;

/**
 * What a clause says of one organisation's probes.
 */
public sealed interface Verdict {

	/**
	 * @return the clause judged
	 */
	String clause();

	/**
	 * The share required is met.
	 *
	 * @param clause the clause
	 * @param figures the figures
	 * @param counted the probes counted
	 */
	record Compliant(String clause, ShareFigures figures, List<UUID> counted) implements Verdict {

		public Compliant {
			counted = List.copyOf(counted);
		}

	}

	/**
	 * The share required is not met.
	 *
	 * @param clause the clause
	 * @param figures the figures
	 * @param failed the probes that failed the clause
	 * @param counted the probes counted
	 */
	record Breach(String clause, ShareFigures figures, List<UUID> failed, List<UUID> counted) implements Verdict {

		public Breach {
			failed = List.copyOf(failed);
			counted = List.copyOf(counted);
		}

	}

	/**
	 * Nothing can be said yet.
	 *
	 * @param clause the clause
	 * @param reason why
	 * @param considered the probes that would count
	 * @param minimumSample the fewest the clause judges
	 * @param awaiting the probes waiting for a consultant's review, or for their outcome
	 */
	record NotJudged(String clause, Reason reason, int considered, int minimumSample,
			List<UUID> awaiting) implements Verdict {

		public NotJudged {
			awaiting = List.copyOf(awaiting);
		}

	}

	/**
	 * Why a clause is not judged.
	 */
	enum Reason {

		/** Fewer probes count than the clause's minimum sample. */
		TOO_FEW_PROBES,

		/** A probe waits for a consultant's review that has not happened. */
		AWAITS_REVIEW,

		/**
		 * A probe's outcome is not known yet: a callback promised whose time has not run
		 * out.
		 */
		AWAITS_OUTCOME

	}

}
