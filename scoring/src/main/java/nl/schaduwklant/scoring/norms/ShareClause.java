package nl.schaduwklant.scoring.norms;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A clause that requires a share of probes to pass, e.g. "85 % of calls answered within
 * 15 seconds". Pure: it judges the probes it is given. Probes that do not count (our own
 * failures) are left out; while a probe waits for a consultant's review nothing is
 * judged; below the minimum sample nothing is judged. Otherwise the share is compared
 * with the requirement as the norm is written (at least the required share passes), and
 * the 95 % Wilson interval says whether that is decisive.
 *
 * @param id the clause's id in its profile
 * @param requiredShare the share required (0–1)
 * @param minimumSample the fewest counted probes it judges
 */
public record ShareClause(String id, double requiredShare, int minimumSample) {

	/** The most probes a verdict is said to need to become decisive. */
	static final int MOST_PROBES = 1_000_000;

	public ShareClause {
		if (requiredShare < 0 || requiredShare > 1) {
			throw new IllegalArgumentException("a required share lies between 0 and 1, not " + requiredShare);
		}
		if (minimumSample < 1) {
			throw new IllegalArgumentException("a minimum sample is at least 1, not " + minimumSample);
		}
	}

	/**
	 * @param probes what each probe counts for
	 * @return the verdict
	 */
	public Verdict judge(List<ProbeJudgement> probes) {
		List<UUID> awaiting = ids(probes, ProbeJudgement.Counts.AWAITS_REVIEW);
		List<UUID> passed = ids(probes, ProbeJudgement.Counts.PASSED);
		List<UUID> failed = ids(probes, ProbeJudgement.Counts.FAILED);
		List<UUID> counted = probes.stream()
			.filter((probe) -> probe.counts() == ProbeJudgement.Counts.PASSED
					|| probe.counts() == ProbeJudgement.Counts.FAILED)
			.map(ProbeJudgement::probeId)
			.toList();
		int considered = counted.size();
		if (!awaiting.isEmpty()) {
			return new Verdict.NotJudged(this.id, Verdict.Reason.AWAITS_REVIEW, considered, this.minimumSample,
					awaiting);
		}
		List<UUID> pending = ids(probes, ProbeJudgement.Counts.PENDING);
		if (!pending.isEmpty()) {
			return new Verdict.NotJudged(this.id, Verdict.Reason.AWAITS_OUTCOME, considered, this.minimumSample,
					pending);
		}
		if (considered < this.minimumSample) {
			return new Verdict.NotJudged(this.id, Verdict.Reason.TOO_FEW_PROBES, considered, this.minimumSample,
					List.of());
		}
		double share = (double) passed.size() / considered;
		boolean compliant = BigDecimal.valueOf(passed.size())
			.compareTo(BigDecimal.valueOf(this.requiredShare).multiply(BigDecimal.valueOf(considered))) >= 0;
		WilsonInterval interval = WilsonInterval.of(passed.size(), considered);
		boolean decisive = decisive(interval, compliant);
		ShareFigures figures = new ShareFigures(considered, passed.size(), share, this.requiredShare, interval,
				decisive, decisive ? null : probesForDecisive(share, considered, compliant));
		return compliant ? new Verdict.Compliant(this.id, figures, counted)
				: new Verdict.Breach(this.id, figures, failed, counted);
	}

	private boolean decisive(WilsonInterval interval, boolean compliant) {
		return compliant ? interval.lower() >= this.requiredShare : interval.upper() < this.requiredShare;
	}

	/**
	 * @return the fewest probes in all that, at the same share, give an interval wholly
	 * on the verdict's side (the interval narrows as the probes grow, so a binary search
	 * finds it); {@code null} when none up to {@link #MOST_PROBES} would
	 */
	private Integer probesForDecisive(double share, int considered, boolean compliant) {
		if (!decisive(WilsonInterval.of(share, MOST_PROBES), compliant)) {
			return null;
		}
		int low = considered;
		int high = MOST_PROBES;
		while (high - low > 1) {
			int middle = low + (high - low) / 2;
			if (decisive(WilsonInterval.of(share, middle), compliant)) {
				high = middle;
			}
			else {
				low = middle;
			}
		}
		return high;
	}

	private static List<UUID> ids(List<ProbeJudgement> probes, ProbeJudgement.Counts counts) {
		return probes.stream().filter((probe) -> probe.counts() == counts).map(ProbeJudgement::probeId).toList();
	}

}
