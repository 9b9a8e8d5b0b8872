package nl.schaduwklant.reports.batch;

import java.util.List;

/**
 * Summary statistics of a set of values. Percentiles interpolate linearly between the
 * closest ranks (the method of Excel's PERCENTILE.INC), so consultants can reproduce
 * them.
 *
 * @param count how many values
 * @param mean their mean
 * @param median their median
 * @param p25 their 25th percentile
 * @param p75 their 75th percentile
 * @param p90 their 90th percentile
 */
record Distribution(int count, double mean, double median, double p25, double p75, double p90) {

	static Distribution of(List<Double> values) {
		if (values.isEmpty()) {
			throw new IllegalArgumentException("A distribution needs at least one value");
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		double sum = 0;
		for (double value : sorted) {
			sum += value;
		}
		return new Distribution(sorted.length, sum / sorted.length, percentile(sorted, 0.5), percentile(sorted, 0.25),
				percentile(sorted, 0.75), percentile(sorted, 0.9));
	}

	static double percentile(double[] sorted, double p) {
		double position = (sorted.length - 1) * p;
		int lower = (int) Math.floor(position);
		int upper = (int) Math.ceil(position);
		return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
	}

}
