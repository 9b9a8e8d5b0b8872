package nl.schaduwklant.scheduler;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A registered target organisation.
 *
 * @param id its id
 * @param name its name
 * @param sector its sector
 * @param endpoints where it can be contacted
 * @param openingHours its stated opening hours
 * @param allowList words that are never language errors for it
 * @param registeredAt when it was registered
 */
public record OrganisationDetails(UUID id, String name, String sector, Endpoints endpoints, OpeningHours openingHours,
		List<String> allowList, Instant registeredAt) {

	public ProbeTarget asTarget() {
		return new ProbeTarget(this.id, this.name, this.sector, this.endpoints, this.openingHours, this.allowList);
	}

}
