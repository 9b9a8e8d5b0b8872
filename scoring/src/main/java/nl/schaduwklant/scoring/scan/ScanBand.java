package nl.schaduwklant.scoring.scan;

/**
 * Where a scan's score puts an organisation, as the method names the bands (lower bounds
 * inclusive; 50 % itself is still applause).
 */
public enum ScanBand {

	/** Below 20 %: beginnend. */
	BEGINNING,

	/** From 20 % to 30 %: aanzet begint te werken. */
	STARTING_TO_WORK,

	/** From 30 % to 40 %: goed op weg. */
	WELL_ON_THE_WAY,

	/** From 40 % up to and including 50 %: applausje. */
	APPLAUSE,

	/** Above 50 %: de weg richting excellence gevonden. */
	ROAD_TO_EXCELLENCE;

	/**
	 * Compares in whole numbers, so a score exactly on an edge lands where the method
	 * puts it.
	 * @param points the points scored
	 * @param maximum the most points the applicable items could score (positive)
	 * @return the band
	 */
	public static ScanBand of(long points, long maximum) {
		if (points * 100 > maximum * 50) {
			return ROAD_TO_EXCELLENCE;
		}
		if (points * 100 >= maximum * 40) {
			return APPLAUSE;
		}
		if (points * 100 >= maximum * 30) {
			return WELL_ON_THE_WAY;
		}
		if (points * 100 >= maximum * 20) {
			return STARTING_TO_WORK;
		}
		return BEGINNING;
	}

}
