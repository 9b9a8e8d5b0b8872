package nl.schaduwklant.scoring.scan;

/**
 * An organisation's own judgement of its service performance beside what the probes
 * measured of it.
 *
 * @param selfAssessedServicePerformance the scan's mean points for "excellent service
 * performance" over its maximum (0–1), absent when not applicable
 * @param probes the organisation's measurements
 * @param measuredResponseRate the share of them a person answered
 * @param measuredResolution the share of the answered ones that resolved the question (of
 * those with a resolution)
 */
public record ScanComparison(Double selfAssessedServicePerformance, int probes, Double measuredResponseRate,
		Double measuredResolution) {

}
