package nl.schaduwklant.scoring.norms;

/**
 * The 95 % Wilson score interval of a share: where the true share lies, given how many of
 * how many passed (Wilson 1927; Newcombe 1998, method 3). Unlike the normal approximation
 * it stays within 0–1 and behaves at 0 and at n.
 *
 * @param lower its lower bound
 * @param upper its upper bound
 */
public record WilsonInterval(double lower, double upper) {

	/** The two-sided 95 % quantile of the normal distribution. */
	static final double Z95 = 1.959963984540054;

	/**
	 * @param share the share passed (0–1)
	 * @param considered how many were considered (at least 1)
	 * @return its 95 % interval
	 */
	public static WilsonInterval of(double share, double considered) {
		if (considered <= 0) {
			throw new IllegalArgumentException("a share of nothing has no interval");
		}
		double z2 = Z95 * Z95;
		double denominator = 1 + z2 / considered;
		double centre = (share + z2 / (2 * considered)) / denominator;
		double half = Z95 * Math.sqrt(share * (1 - share) / considered + z2 / (4 * considered * considered))
				/ denominator;
		return new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half));
	}

	/**
	 * @param passed how many passed
	 * @param considered how many were considered (at least 1)
	 * @return the 95 % interval of their share
	 */
	public static WilsonInterval of(int passed, int considered) {
		return of((double) passed / considered, considered);
	}

}
