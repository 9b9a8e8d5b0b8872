package nl.schaduwklant.scheduler.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.schaduwklant.scheduler.NewOrganisation;
import nl.schaduwklant.scheduler.OrganisationDetails;
import nl.schaduwklant.scheduler.Organisations;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/organisations")
class OrganisationController {

	private final Organisations organisations;

	OrganisationController(Organisations organisations) {
		this.organisations = organisations;
	}

	@PostMapping
	ResponseEntity<OrganisationDetails> register(@Valid @RequestBody NewOrganisation organisation) {
		OrganisationDetails registered = this.organisations.register(organisation);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(registered.id()))
			.body(registered);
	}

	@PutMapping("/{id}")
	OrganisationDetails update(@PathVariable UUID id, @Valid @RequestBody NewOrganisation organisation) {
		return this.organisations.update(id, organisation);
	}

	@GetMapping
	List<OrganisationDetails> list() {
		return this.organisations.list();
	}

	@GetMapping("/{id}")
	OrganisationDetails get(@PathVariable UUID id) {
		return this.organisations.get(id);
	}

}
