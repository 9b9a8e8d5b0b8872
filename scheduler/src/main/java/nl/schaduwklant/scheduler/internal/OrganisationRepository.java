package nl.schaduwklant.scheduler.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

	Optional<Organisation> findFirstByNameOrderByRegisteredAtAsc(String name);

	List<Organisation> findAllByOrderBySectorAscNameAsc();

}
