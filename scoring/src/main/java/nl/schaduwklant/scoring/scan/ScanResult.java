package nl.schaduwklant.scoring.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An organisation's scan over all its respondents: the pooled score (every respondent's
 * points over every respondent's applicable maximum), and per item the mean and the
 * spread between respondents. The method asks which items have a large spread (different
 * judgements to discuss), which high scores are real strengths and which low ones need
 * priority.
 *
 * @param respondents each respondent's score
 * @param score the pooled score
 * @param items each item's figures
 */
public record ScanResult(List<ScanScore> respondents, ScanScore score, List<ItemFigures> items) {

	/** A spread of at least this share of an item's maximum is a question to discuss. */
	static final double LARGE_SPREAD = 0.3;

	/** A mean of at least this share of the maximum is a strength. */
	static final double STRENGTH = 0.8;

	/** A mean of at most this share of the maximum needs priority. */
	static final double PRIORITY = 0.2;

	/**
	 * @param responses each respondent's answers
	 * @return the organisation's result
	 * @throws IllegalArgumentException when there is no respondent, or an answer is
	 * missing or of the wrong kind
	 */
	public static ScanResult of(List<Map<ScanItem, ScanAnswer>> responses) {
		if (responses.isEmpty()) {
			throw new IllegalArgumentException("a scan needs at least one respondent");
		}
		List<ScanScore> scores = responses.stream().map(ScanScore::of).toList();
		int points = scores.stream().mapToInt(ScanScore::points).sum();
		int maximum = scores.stream().mapToInt(ScanScore::maximum).sum();
		int applicable = scores.stream().mapToInt(ScanScore::applicable).sum();
		ScanScore pooled = (maximum == 0) ? new ScanScore(0, 0, null, null, 0)
				: new ScanScore(points, maximum, (double) points / maximum, ScanBand.of(points, maximum), applicable);
		List<ItemFigures> items = new ArrayList<>();
		for (ScanItem item : ScanItem.values()) {
			items.add(ItemFigures.of(item, responses.stream().map((answers) -> answers.get(item)).toList()));
		}
		return new ScanResult(scores, pooled, items);
	}

	/**
	 * One item over the respondents to whom it applies.
	 *
	 * @param item the item
	 * @param answered how many respondents it applies to
	 * @param mean their mean points (absent when it applies to nobody)
	 * @param standardDeviation the population standard deviation of their points
	 * @param discuss whether the spread is large: a question to discuss
	 * @param strength whether the mean is high: a real strength, if the spread is small
	 * @param priority whether the mean is low: needs priority
	 */
	public record ItemFigures(ScanItem item, int answered, Double mean, Double standardDeviation, boolean discuss,
			boolean strength, boolean priority) {

		static ItemFigures of(ScanItem item, List<ScanAnswer> answers) {
			List<Integer> points = answers.stream()
				.filter((answer) -> answer != ScanAnswer.NOT_APPLICABLE)
				.map(ScanAnswer::points)
				.toList();
			if (points.isEmpty()) {
				return new ItemFigures(item, 0, null, null, false, false, false);
			}
			double mean = points.stream().mapToInt(Integer::intValue).average().orElseThrow();
			double variance = points.stream().collect(Collectors.averagingDouble((p) -> (p - mean) * (p - mean)));
			double deviation = Math.sqrt(variance);
			boolean discuss = points.size() > 1 && deviation >= LARGE_SPREAD * item.maximum();
			return new ItemFigures(item, points.size(), mean, deviation, discuss,
					!discuss && mean >= STRENGTH * item.maximum(), mean <= PRIORITY * item.maximum());
		}

	}

}
