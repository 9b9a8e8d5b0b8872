package nl.schaduwklant.scheduler;

import java.util.List;
import java.util.UUID;

/**
 * The organisation a probe contacts, as it was when the probe was planned.
 *
 * @param organisationId the organisation
 * @param name its name
 * @param sector its sector (branche)
 * @param endpoints where it can be contacted
 * @param openingHours its stated opening hours
 * @param allowList words that are never language errors for it (names, products, codes)
 */
public record ProbeTarget(UUID organisationId, String name, String sector, Endpoints endpoints,
		OpeningHours openingHours, List<String> allowList) {

	public ProbeTarget {
		allowList = (allowList != null) ? List.copyOf(allowList) : List.of();
	}

}
