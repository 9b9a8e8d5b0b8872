package nl.schaduwklant.scoring;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The measurements scoring has made.
 */
public interface Measurements {

	Optional<Measurement> forProbe(UUID probeId);

	List<Measurement> forCampaign(UUID campaignId);

	/**
	 * @param from the first instant of a period
	 * @param to the instant after it
	 * @return the measurements made in it, of every campaign
	 */
	/**
	 * @param organisationId an organisation
	 * @return its measurements, of every campaign
	 */
	List<Measurement> forOrganisation(UUID organisationId);

	List<Measurement> scoredBetween(java.time.Instant from, java.time.Instant to);

}
