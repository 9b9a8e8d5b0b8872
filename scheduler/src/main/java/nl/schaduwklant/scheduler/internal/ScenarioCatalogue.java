package nl.schaduwklant.scheduler.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schaduwklant.scheduler.NewScenario;
import nl.schaduwklant.scheduler.ScenarioDetails;
import nl.schaduwklant.scheduler.ScenarioNotFound;
import nl.schaduwklant.scheduler.Scenarios;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ScenarioCatalogue implements Scenarios {

	private final ScenarioRepository repository;

	private final Clock clock;

	ScenarioCatalogue(ScenarioRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Override
	@Transactional
	public ScenarioDetails create(NewScenario scenario) {
		return this.repository.save(new Scenario(scenario, this.clock.instant())).toDetails();
	}

	@Override
	public ScenarioDetails get(UUID id) {
		return this.repository.findById(id).map(Scenario::toDetails).orElseThrow(() -> new ScenarioNotFound(id));
	}

	@Override
	public Optional<ScenarioDetails> findByTitle(String title) {
		return this.repository.findFirstByTitleOrderByCreatedAtAsc(title).map(Scenario::toDetails);
	}

	@Override
	public List<ScenarioDetails> list() {
		return this.repository.findAllByOrderByCreatedAtAsc().stream().map(Scenario::toDetails).toList();
	}

}
