package nl.schaduwklant.reports.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Ranks organisations on one metric: rank 1 is best, ties share the best rank they span
 * ("1, 2, 2, 4"), and the percentile is the percentage of the other organisations ranked
 * strictly worse (100 for the best of many, 0 for the worst; 100 when alone).
 */
final class Ranking {

	private Ranking() {
	}

	/**
	 * An organisation's value.
	 *
	 * @param organisationId the organisation
	 * @param value its value
	 */
	record Entry(UUID organisationId, double value) {
	}

	/**
	 * An organisation's place.
	 *
	 * @param organisationId the organisation
	 * @param rank its rank
	 * @param percentile its percentile
	 */
	record Place(UUID organisationId, int rank, double percentile) {
	}

	static List<Place> rank(List<Entry> entries, boolean higherIsBetter) {
		Comparator<Entry> best = Comparator.comparingDouble(Entry::value);
		if (higherIsBetter) {
			best = best.reversed();
		}
		List<Entry> ordered = new ArrayList<>(entries);
		ordered.sort(best.thenComparing(Entry::organisationId));
		List<Place> places = new ArrayList<>();
		int n = ordered.size();
		for (int i = 0; i < n; i++) {
			Entry entry = ordered.get(i);
			long better = ordered.stream()
				.filter((other) -> isBetter(other.value(), entry.value(), higherIsBetter))
				.count();
			long worse = ordered.stream()
				.filter((other) -> isBetter(entry.value(), other.value(), higherIsBetter))
				.count();
			double percentile = (n > 1) ? 100.0 * worse / (n - 1) : 100.0;
			places.add(new Place(entry.organisationId(), (int) better + 1, percentile));
		}
		return places;
	}

	private static boolean isBetter(double a, double b, boolean higherIsBetter) {
		return higherIsBetter ? a > b : a < b;
	}

}
