package nl.schaduwklant.scheduler.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScenarioRepository extends JpaRepository<Scenario, UUID> {

	Optional<Scenario> findFirstByTitleOrderByCreatedAtAsc(String title);

	List<Scenario> findAllByOrderByCreatedAtAsc();

}
