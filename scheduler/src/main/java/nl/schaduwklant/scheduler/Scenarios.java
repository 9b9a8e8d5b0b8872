package nl.schaduwklant.scheduler;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The scenarios (questions) mystery customers ask.
 */
public interface Scenarios {

	ScenarioDetails create(NewScenario scenario);

	/**
	 * @param id the scenario
	 * @return the scenario
	 * @throws ScenarioNotFound when there is none with that id
	 */
	ScenarioDetails get(UUID id);

	Optional<ScenarioDetails> findByTitle(String title);

	List<ScenarioDetails> list();

}
