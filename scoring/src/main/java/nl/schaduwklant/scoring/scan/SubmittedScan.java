package nl.schaduwklant.scoring.scan;

import java.time.Instant;
import java.util.UUID;

/**
 * A scan as kept and scored.
 *
 * @param id the scan
 * @param organisationId the organisation
 * @param sector its sector
 * @param submittedAt when it was submitted
 * @param submittedBy who submitted it
 * @param scan the answers
 * @param result the score, the band and the figures per item
 */
public record SubmittedScan(UUID id, UUID organisationId, String sector, Instant submittedAt, String submittedBy,
		NewScan scan, ScanResult result) {

}
