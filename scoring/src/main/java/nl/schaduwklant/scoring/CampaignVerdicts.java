package nl.schaduwklant.scoring;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import nl.schaduwklant.probes.PhoneCallback;
import nl.schaduwklant.probes.PhoneCallbacks;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.scheduler.Campaigns;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.norms.NormProfile;
import nl.schaduwklant.scoring.norms.OrganisationVerdicts;
import nl.schaduwklant.scoring.review.ReviewQueue;

import org.springframework.stereotype.Service;

/**
 * A campaign's verdicts against a version of a norm profile: gathers what they are judged
 * from ({@link JudgingInput}) and judges it with the pure clauses.
 */
@Service
public class CampaignVerdicts {

	private final Campaigns campaigns;

	private final Measurements measurements;

	private final ProbeRuns probes;

	private final PhoneCallbacks callbacks;

	private final NormProfileCatalogue profiles;

	private final ReviewQueue reviews;

	private final Clock clock;

	CampaignVerdicts(Campaigns campaigns, Measurements measurements, ProbeRuns probes, PhoneCallbacks callbacks,
			NormProfileCatalogue profiles, ReviewQueue reviews, Clock clock) {
		this.campaigns = campaigns;
		this.measurements = measurements;
		this.probes = probes;
		this.callbacks = callbacks;
		this.profiles = profiles;
		this.reviews = reviews;
		this.clock = clock;
	}

	/**
	 * @param campaignId the campaign
	 * @return what its verdicts are judged from, now
	 * @throws nl.schaduwklant.scheduler.CampaignNotFound when there is no such campaign
	 */
	public JudgingInput input(UUID campaignId) {
		this.campaigns.get(campaignId);
		return input(this.measurements.forCampaign(campaignId), this.probes.byCampaign(campaignId));
	}

	/**
	 * @param from the first instant of a period
	 * @param to the instant after it
	 * @return what the verdicts over every campaign's probes measured in the period are
	 * judged from (and those contacted in it that wait for a review)
	 */
	public JudgingInput input(java.time.Instant from, java.time.Instant to) {
		return input(this.measurements.scoredBetween(from, to),
				this.probes.needingReview()
					.stream()
					.filter((probe) -> probe.contactedAt() != null && !probe.contactedAt().isBefore(from)
							&& probe.contactedAt().isBefore(to))
					.toList());
	}

	/**
	 * @param from the first instant of a period
	 * @param to the instant after it
	 * @param profileId the profile
	 * @param version its version, or absent for the latest
	 * @return a verdict per organisation and clause over the period
	 */
	public List<VerdictView> judge(java.time.Instant from, java.time.Instant to, String profileId, Integer version) {
		NormProfile profile = this.profiles.get(profileId, version);
		return judge(profile, input(from, to));
	}

	private JudgingInput input(List<Measurement> measurements, List<nl.schaduwklant.probes.ProbeSummary> probes) {
		List<Measurement> measured = measurements.stream().map(this::withCallback).toList();
		java.util.Set<UUID> measuredProbes = measured.stream()
			.map(Measurement::probeId)
			.collect(java.util.stream.Collectors.toSet());
		java.util.Set<UUID> notContacted = this.reviews.notContacted();
		List<OrganisationVerdicts.AwaitingReview> awaiting = probes.stream()
			// a probe decided not to have contacted anyone is our failure: it never
			// counts
			.filter((probe) -> probe.state() == ProbeState.NEEDS_REVIEW && !measuredProbes.contains(probe.id())
					&& !notContacted.contains(probe.id()))
			.map((probe) -> new OrganisationVerdicts.AwaitingReview(probe.id(), probe.organisationId(),
					probe.organisationName(), probe.channel(),
					(probe.problem() != null) ? probe.problem() : "needs review"))
			.toList();
		return new JudgingInput(measured, awaiting, this.clock.instant());
	}

	/**
	 * @param campaignId the campaign
	 * @param profileId the profile
	 * @param version its version, or absent for the latest
	 * @return a verdict per organisation and clause
	 */
	public List<VerdictView> judge(UUID campaignId, String profileId, Integer version) {
		NormProfile profile = this.profiles.get(profileId, version);
		return judge(profile, input(campaignId));
	}

	/**
	 * @param profile a profile
	 * @param input what to judge
	 * @return a verdict per organisation and clause
	 */
	public static List<VerdictView> judge(NormProfile profile, JudgingInput input) {
		return new OrganisationVerdicts().judge(profile, input.measurements(), input.awaiting(), input.judgedAt())
			.stream()
			.map(VerdictView::of)
			.toList();
	}

	private Measurement withCallback(Measurement measurement) {
		if (measurement.channel() != Channel.PHONE || measurement.phone() == null) {
			return measurement;
		}
		Duration after = this.callbacks.forProbe(measurement.probeId())
			.stream()
			.map(PhoneCallback::delay)
			.filter(java.util.Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
		return (after != null) ? measurement.withPhone(measurement.phone().withCallbackAfter(after)) : measurement;
	}

}
