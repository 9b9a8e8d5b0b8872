package nl.schaduwklant.reports;

/**
 * The metrics a sector benchmark compares, each with its direction and unit.
 */
public enum BenchmarkMetric {

	/** Share of an organisation's probes answered by a human within the deadline. */
	RESPONSE_RATE(true, Unit.SHARE),

	/** Wall-clock time from contact to the first human answer. */
	TIME_TO_FIRST_HUMAN_REPLY(false, Unit.SECONDS),

	/** Time from contact to the first human answer within opening hours. */
	BUSINESS_TIME_TO_FIRST_HUMAN_REPLY(false, Unit.SECONDS),

	/** Wall-clock time from contact to the first automatic acknowledgement. */
	TIME_TO_AUTO_ACKNOWLEDGEMENT(false, Unit.SECONDS),

	/** Language errors per 100 words of the answer. */
	LANGUAGE_ERRORS_PER_100_WORDS(false, Unit.PER_100_WORDS),

	/** Share of the answer key's facts found in the answer. */
	RESOLUTION(true, Unit.SHARE);

	private final boolean higherIsBetter;

	private final Unit unit;

	BenchmarkMetric(boolean higherIsBetter, Unit unit) {
		this.higherIsBetter = higherIsBetter;
		this.unit = unit;
	}

	public boolean higherIsBetter() {
		return this.higherIsBetter;
	}

	public Unit unit() {
		return this.unit;
	}

	/**
	 * The unit a metric is expressed in.
	 */
	public enum Unit {

		/** A share from 0 to 1. */
		SHARE,

		/** Seconds. */
		SECONDS,

		/** A count per 100 words. */
		PER_100_WORDS

	}

}
