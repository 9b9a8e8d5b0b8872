package nl.schaduwklant.scoring.scan;

import java.util.Map;
import java.util.Optional;

/**
 * The scores per sector published with the method ("De praktijk van een Service
 * Excellence Scan", n = 36, overall 33 %), to compare a sector's own scans with.
 */
public final class PublishedScanScores {

	/** The overall published score. */
	public static final double OVERALL = 0.33;

	private static final Map<String, Double> BY_SECTOR = Map.of("Financials", 0.42, "Consultancy", 0.40,
			"Dienstverlening", 0.37, "Zakelijke dienstverlening", 0.35, "Industrie", 0.30, "Handel", 0.30, "IT/Telecom",
			0.27, "Lokale overheid", 0.26);

	private PublishedScanScores() {
	}

	/**
	 * @param sector a sector
	 * @return its published score, if the publication has one
	 */
	public static Optional<Double> forSector(String sector) {
		return Optional.ofNullable(BY_SECTOR.get(sector));
	}

}
