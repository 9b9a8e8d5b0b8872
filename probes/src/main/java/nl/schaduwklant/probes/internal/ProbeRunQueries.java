package nl.schaduwklant.probes.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schaduwklant.probes.CampaignProgress;
import nl.schaduwklant.probes.ProbeNotFound;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.scheduler.ProbeTarget;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ProbeRunQueries implements ProbeRuns {

	private final ProbeRunRepository probes;

	private final ProbeLifecycle lifecycle;

	private final ProbePlans plans;

	ProbeRunQueries(ProbeRunRepository probes, ProbeLifecycle lifecycle, ProbePlans plans) {
		this.probes = probes;
		this.lifecycle = lifecycle;
		this.plans = plans;
	}

	@Override
	public ProbeSummary get(UUID id) {
		return this.probes.findById(id).map(this::summary).orElseThrow(() -> new ProbeNotFound(id));
	}

	@Override
	public ProbeTarget target(UUID id) {
		return this.probes.findById(id)
			.map((run) -> this.plans.read(run).target())
			.orElseThrow(() -> new ProbeNotFound(id));
	}

	@Override
	public List<ProbeSummary> byCampaign(UUID campaignId) {
		return this.probes.findByCampaignIdOrderBySectorAscOrganisationNameAscScenarioTitleAsc(campaignId)
			.stream()
			.map(this::summary)
			.toList();
	}

	@Override
	public List<ProbeSummary> needingReview() {
		return this.probes.findByStateOrderByDueAtAsc(ProbeState.NEEDS_REVIEW).stream().map(this::summary).toList();
	}

	@Override
	public List<ProbeSummary> callsTo(String number, java.time.Instant since) {
		return this.probes
			.findByChannelAndContactedAtAfterOrderByContactedAtDesc(nl.schaduwklant.scheduler.Channel.PHONE, since)
			.stream()
			.filter((run) -> {
				var phone = this.plans.read(run).target().endpoints().phone();
				return phone != null && phone.number().equals(number);
			})
			.map(this::summary)
			.toList();
	}

	@Override
	public CampaignProgress progress(UUID campaignId) {
		Map<ProbeState, Integer> byState = new EnumMap<>(ProbeState.class);
		int total = 0;
		for (Object[] row : this.probes.countByState(campaignId)) {
			int count = ((Number) row[1]).intValue();
			byState.put((ProbeState) row[0], count);
			total += count;
		}
		int settled = (int) this.probes.countSettled(campaignId,
				EnumSet.of(ProbeState.SCORED, ProbeState.NEEDS_REVIEW));
		return new CampaignProgress(campaignId, total, byState, settled);
	}

	private ProbeSummary summary(ProbeRun run) {
		return run.toSummary(this.plans.conversationOf(run), this.plans.callOf(run));
	}

	@Override
	@Transactional
	public void markScored(UUID probeId) {
		this.lifecycle.markScored(probeId);
	}

}
