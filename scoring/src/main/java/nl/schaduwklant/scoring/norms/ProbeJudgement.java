package nl.schaduwklant.scoring.norms;

import java.util.UUID;

/**
 * What one probe counts for in one clause.
 *
 * @param probeId the probe
 * @param counts what it counts for
 * @param why why, in a few words (evidence for the verdict)
 */
public record ProbeJudgement(UUID probeId, Counts counts, String why) {

	/**
	 * What a probe counts for.
	 */
	public enum Counts {

		/** It meets the clause. */
		PASSED,

		/** It does not. */
		FAILED,

		/**
		 * It is not counted: our own failure (a FAILED probe), or the clause does not
		 * apply to it.
		 */
		NOT_COUNTED,

		/** It waits for a consultant's review before it can count. */
		AWAITS_REVIEW,

		/**
		 * Its outcome is not known yet (a promised callback whose time has not run out).
		 */
		PENDING

	}

}
