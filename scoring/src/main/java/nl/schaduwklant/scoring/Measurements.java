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
	List<Measurement> scoredBetween(java.time.Instant from, java.time.Instant to);

}
