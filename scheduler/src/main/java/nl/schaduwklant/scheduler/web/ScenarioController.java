package nl.schaduwklant.scheduler.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.schaduwklant.scheduler.NewScenario;
import nl.schaduwklant.scheduler.ScenarioDetails;
import nl.schaduwklant.scheduler.Scenarios;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/scenarios")
class ScenarioController {

	private final Scenarios scenarios;

	ScenarioController(Scenarios scenarios) {
		this.scenarios = scenarios;
	}

	@PostMapping
	ResponseEntity<ScenarioDetails> create(@Valid @RequestBody NewScenario scenario) {
		ScenarioDetails created = this.scenarios.create(scenario);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(created.id()))
			.body(created);
	}

	@GetMapping
	List<ScenarioDetails> list() {
		return this.scenarios.list();
	}

	@GetMapping("/{id}")
	ScenarioDetails get(@PathVariable UUID id) {
		return this.scenarios.get(id);
	}

}
