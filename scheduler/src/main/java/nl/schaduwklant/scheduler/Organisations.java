package nl.schaduwklant.scheduler;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The target organisations.
 */
public interface Organisations {

	OrganisationDetails register(NewOrganisation organisation);

	/**
	 * Replaces what is known of an organisation. Probes already planned keep the
	 * organisation as it was when they were planned.
	 * @param id the organisation
	 * @param organisation what is now known of it
	 * @return the organisation
	 * @throws OrganisationNotFound when there is none with that id
	 */
	OrganisationDetails update(UUID id, NewOrganisation organisation);

	/**
	 * @param id the organisation
	 * @return the organisation
	 * @throws OrganisationNotFound when there is none with that id
	 */
	OrganisationDetails get(UUID id);

	Optional<OrganisationDetails> findByName(String name);

	List<OrganisationDetails> list();

}
