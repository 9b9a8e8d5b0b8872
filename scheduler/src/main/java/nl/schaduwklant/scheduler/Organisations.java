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
	 * @param id the organisation
	 * @return the organisation
	 * @throws OrganisationNotFound when there is none with that id
	 */
	OrganisationDetails get(UUID id);

	Optional<OrganisationDetails> findByName(String name);

	List<OrganisationDetails> list();

}
