package nl.schaduwklant.scoring.web;

import java.util.List;
import java.util.UUID;

import nl.schaduwklant.scheduler.OrganisationScope;
import nl.schaduwklant.scoring.CampaignVerdicts;
import nl.schaduwklant.scoring.VerdictView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A campaign's verdicts against a version of a norm profile (the latest unless asked),
 * per organisation and clause, each with the probes it counted and a link to their
 * evidence. A client sees its own organisation's.
 */
@RestController
class VerdictController {

	private final CampaignVerdicts verdicts;

	VerdictController(CampaignVerdicts verdicts) {
		this.verdicts = verdicts;
	}

	@GetMapping("/api/campaigns/{id}/verdicts")
	List<VerdictView> verdicts(@PathVariable UUID id,
			@RequestParam(name = "profile", defaultValue = "nen-8878") String profileId,
			@RequestParam(name = "version", required = false) Integer version, OrganisationScope scope) {
		return this.verdicts.judge(id, profileId, version)
			.stream()
			.filter((verdict) -> scope.includes(verdict.organisationId()))
			.toList();
	}

	/**
	 * @return the verdicts over every campaign's probes measured from {@code from} until
	 * {@code to} (ISO-8601 instants)
	 */
	@GetMapping("/api/verdicts")
	List<VerdictView> period(@RequestParam java.time.Instant from, @RequestParam java.time.Instant to,
			@RequestParam(name = "profile", defaultValue = "nen-8878") String profileId,
			@RequestParam(name = "version", required = false) Integer version, OrganisationScope scope) {
		if (!from.isBefore(to)) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.BAD_REQUEST, "from must lie before to");
		}
		return this.verdicts.judge(from, to, profileId, version)
			.stream()
			.filter((verdict) -> scope.includes(verdict.organisationId()))
			.toList();
	}

}
