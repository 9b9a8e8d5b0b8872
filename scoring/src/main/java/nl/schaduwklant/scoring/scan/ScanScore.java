package nl.schaduwklant.scoring.scan;

import java.util.Map;

/**
 * One respondent's scan scored: points over the maximum of the items that apply.
 *
 * @param points the points scored
 * @param maximum the most the applicable items could score
 * @param share points / maximum (0–1), absent when no item applies
 * @param band the band, absent when no item applies
 * @param applicable how many items apply
 */
public record ScanScore(int points, int maximum, Double share, ScanBand band, int applicable) {

	/**
	 * @param answers one respondent's answer to every item
	 * @return the score
	 * @throws IllegalArgumentException naming the item that is missing or answered with
	 * another kind's level
	 */
	public static ScanScore of(Map<ScanItem, ScanAnswer> answers) {
		int points = 0;
		int maximum = 0;
		int applicable = 0;
		for (ScanItem item : ScanItem.values()) {
			ScanAnswer answer = answers.get(item);
			if (answer == null) {
				throw new IllegalArgumentException(item + " is not answered");
			}
			if (!answer.answers(item)) {
				throw new IllegalArgumentException(
						item + " is answered with " + answer + "; it takes one of " + ScanAnswer.forKind(item.kind()));
			}
			if (answer != ScanAnswer.NOT_APPLICABLE) {
				points += answer.points();
				maximum += item.maximum();
				applicable++;
			}
		}
		if (maximum == 0) {
			return new ScanScore(0, 0, null, null, 0);
		}
		return new ScanScore(points, maximum, (double) points / maximum, ScanBand.of(points, maximum), applicable);
	}

}
