package nl.schaduwklant.scheduler.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schaduwklant.scheduler.NewOrganisation;
import nl.schaduwklant.scheduler.OrganisationDetails;
import nl.schaduwklant.scheduler.OrganisationNotFound;
import nl.schaduwklant.scheduler.Organisations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OrganisationRegistry implements Organisations {

	private final OrganisationRepository repository;

	private final Clock clock;

	OrganisationRegistry(OrganisationRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Override
	@Transactional
	public OrganisationDetails register(NewOrganisation organisation) {
		return this.repository.save(new Organisation(organisation, this.clock.instant())).toDetails();
	}

	@Override
	@Transactional
	public OrganisationDetails update(UUID id, NewOrganisation organisation) {
		Organisation found = this.repository.findById(id).orElseThrow(() -> new OrganisationNotFound(id));
		found.update(organisation);
		return found.toDetails();
	}

	@Override
	public OrganisationDetails get(UUID id) {
		return this.repository.findById(id)
			.map(Organisation::toDetails)
			.orElseThrow(() -> new OrganisationNotFound(id));
	}

	@Override
	public Optional<OrganisationDetails> findByName(String name) {
		return this.repository.findFirstByNameOrderByRegisteredAtAsc(name).map(Organisation::toDetails);
	}

	@Override
	public List<OrganisationDetails> list() {
		return this.repository.findAllByOrderBySectorAscNameAsc().stream().map(Organisation::toDetails).toList();
	}

}
