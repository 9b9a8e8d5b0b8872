package nl.schaduwklant.scoring.scan;

import java.util.Set;

/**
 * An answer to one item of the scan, as the method scores it.
 */
public enum ScanAnswer {

	/** An element: not in place (0 points). */
	NO(0, ScanItem.Kind.ELEMENT),

	/** An element: a start is made (1 point). */
	START(1, ScanItem.Kind.ELEMENT),

	/** An element: in place systematically (3 points). */
	SYSTEMATIC(3, ScanItem.Kind.ELEMENT),

	/** A result area: below average (0 points). */
	BELOW_AVERAGE(0, ScanItem.Kind.RESULT),

	/** A result area: average (1 point). */
	AVERAGE(1, ScanItem.Kind.RESULT),

	/** A result area: above average (3 points). */
	ABOVE_AVERAGE(3, ScanItem.Kind.RESULT),

	/** A result area: top (5 points). */
	TOP(5, ScanItem.Kind.RESULT),

	/** Either: does not apply; the item leaves the maximum too. */
	NOT_APPLICABLE(0, null);

	private final int points;

	private final ScanItem.Kind kind;

	ScanAnswer(int points, ScanItem.Kind kind) {
		this.points = points;
		this.kind = kind;
	}

	/**
	 * @return the points it scores
	 */
	public int points() {
		return this.points;
	}

	/**
	 * @param item an item
	 * @return whether this answers it (an element's levels for an element, a result
	 * area's for a result area, not applicable for either)
	 */
	public boolean answers(ScanItem item) {
		return this.kind == null || this.kind == item.kind();
	}

	/**
	 * @param kind an item's kind
	 * @return the answers to an item of that kind
	 */
	public static Set<ScanAnswer> forKind(ScanItem.Kind kind) {
		return (kind == ScanItem.Kind.ELEMENT) ? Set.of(NO, START, SYSTEMATIC, NOT_APPLICABLE)
				: Set.of(BELOW_AVERAGE, AVERAGE, ABOVE_AVERAGE, TOP, NOT_APPLICABLE);
	}

}
