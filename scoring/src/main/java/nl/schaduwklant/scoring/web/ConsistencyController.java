package nl.schaduwklant.scoring.web;

import java.util.List;
import java.util.UUID;

import nl.schaduwklant.scheduler.Campaigns;
import nl.schaduwklant.scheduler.OrganisationScope;
import nl.schaduwklant.scoring.Measurements;
import nl.schaduwklant.scoring.consistency.ChannelConsistency;
import nl.schaduwklant.scoring.consistency.OrganisationConsistency;
import nl.schaduwklant.scoring.consistency.SectorConsistency;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether a campaign's organisations answer a question the same way on every channel (a
 * client: its own organisation, beside every sector's mean).
 */
@RestController
class ConsistencyController {

	private final Campaigns campaigns;

	private final Measurements measurements;

	private final ChannelConsistency consistency = new ChannelConsistency();

	ConsistencyController(Campaigns campaigns, Measurements measurements) {
		this.campaigns = campaigns;
		this.measurements = measurements;
	}

	@GetMapping("/api/campaigns/{id}/consistency")
	Consistency consistency(@PathVariable UUID id, OrganisationScope scope) {
		this.campaigns.get(id);
		List<OrganisationConsistency> organisations = this.consistency.organisations(this.measurements.forCampaign(id));
		return new Consistency(
				organisations.stream().filter((organisation) -> scope.includes(organisation.organisationId())).toList(),
				this.consistency.sectors(organisations));
	}

	/**
	 * @param organisations per organisation
	 * @param sectors per sector
	 */
	record Consistency(List<OrganisationConsistency> organisations, List<SectorConsistency> sectors) {
	}

}
