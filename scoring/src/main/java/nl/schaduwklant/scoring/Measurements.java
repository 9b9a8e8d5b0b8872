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

}
