package nl.schaduwklant.scheduler.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scheduler.Campaigns;
import nl.schaduwklant.scheduler.NewCampaign;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

	private final Campaigns campaigns;

	CampaignController(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	@PostMapping
	ResponseEntity<CampaignDetails> define(@Valid @RequestBody NewCampaign campaign) {
		CampaignDetails defined = this.campaigns.define(campaign);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(defined.id()))
			.body(defined);
	}

	@PostMapping("/{id}/start")
	ResponseEntity<CampaignDetails> start(@PathVariable UUID id) {
		return ResponseEntity.accepted().body(this.campaigns.start(id));
	}

	@GetMapping
	List<CampaignDetails> list() {
		return this.campaigns.list();
	}

	@GetMapping("/{id}")
	CampaignDetails get(@PathVariable UUID id) {
		return this.campaigns.get(id);
	}

}
