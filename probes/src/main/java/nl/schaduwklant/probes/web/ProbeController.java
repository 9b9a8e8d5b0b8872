package nl.schaduwklant.probes.web;

import java.util.List;
import java.util.UUID;

import nl.schaduwklant.probes.CampaignProgress;
import nl.schaduwklant.probes.EvidenceRef;
import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.probes.UnmatchedReplies;
import nl.schaduwklant.probes.UnmatchedReply;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class ProbeController {

	private final ProbeRuns probes;

	private final EvidenceStore evidence;

	private final UnmatchedReplies unmatched;

	ProbeController(ProbeRuns probes, EvidenceStore evidence, UnmatchedReplies unmatched) {
		this.probes = probes;
		this.evidence = evidence;
		this.unmatched = unmatched;
	}

	@GetMapping("/campaigns/{campaignId}/probes")
	List<ProbeSummary> byCampaign(@PathVariable UUID campaignId) {
		return this.probes.byCampaign(campaignId);
	}

	@GetMapping("/campaigns/{campaignId}/progress")
	CampaignProgress progress(@PathVariable UUID campaignId) {
		return this.probes.progress(campaignId);
	}

	@GetMapping("/probes/{id}")
	ProbeDetails get(@PathVariable UUID id) {
		return new ProbeDetails(this.probes.get(id), this.evidence.forProbe(id));
	}

	@GetMapping("/probes/review")
	List<ProbeSummary> needingReview() {
		return this.probes.needingReview();
	}

	@GetMapping("/unmatched-replies")
	List<UnmatchedReply> unmatched() {
		return this.unmatched.list();
	}

	/**
	 * A probe with the list of its evidence.
	 *
	 * @param probe the probe
	 * @param evidence its evidence
	 */
	record ProbeDetails(ProbeSummary probe, List<EvidenceRef> evidence) {
	}

}
