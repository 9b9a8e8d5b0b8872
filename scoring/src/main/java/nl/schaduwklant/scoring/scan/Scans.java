package nl.schaduwklant.scoring.scan;

import java.util.List;
import java.util.UUID;

/**
 * Organisations' Service Excellence Scans.
 */
public interface Scans {

	/**
	 * @param organisationId the organisation
	 * @param scan its answers
	 * @param by who submits it
	 * @return the scan, scored
	 * @throws InvalidScan naming the respondent and item whose answer is missing or of
	 * the wrong kind
	 */
	SubmittedScan submit(UUID organisationId, NewScan scan, String by);

	/**
	 * @param organisationId an organisation
	 * @return its scans, newest first
	 */
	List<SubmittedScan> forOrganisation(UUID organisationId);

	/**
	 * @param organisationId an organisation
	 * @return its latest scan beside what the probes measured of it
	 */
	ScanComparison compare(UUID organisationId);

	/**
	 * @return per sector, the mean of its organisations' latest scans and the published
	 * score
	 */
	List<SectorScans> sectors();

}
