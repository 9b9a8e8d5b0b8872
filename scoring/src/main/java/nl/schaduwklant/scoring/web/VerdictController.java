package nl.schaduwklant.scoring.web;

import java.util.List;
import java.util.UUID;

import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.scheduler.Campaigns;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.Measurements;
import nl.schaduwklant.scoring.norms.NormProfile;
import nl.schaduwklant.scoring.norms.NormProfiles;
import nl.schaduwklant.scoring.norms.OrganisationVerdicts;
import nl.schaduwklant.scoring.norms.ProbeJudgement;
import nl.schaduwklant.scoring.norms.ShareFigures;
import nl.schaduwklant.scoring.norms.Verdict;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A campaign's verdicts against a norm profile, per organisation and clause, each with
 * the probes it counted and a link to their evidence.
 */
@RestController
class VerdictController {

	private final NormProfiles profiles = NormProfiles.shipped();

	private final OrganisationVerdicts verdicts = new OrganisationVerdicts();

	private final Campaigns campaigns;

	private final Measurements measurements;

	private final ProbeRuns probes;

	VerdictController(Campaigns campaigns, Measurements measurements, ProbeRuns probes) {
		this.campaigns = campaigns;
		this.measurements = measurements;
		this.probes = probes;
	}

	@GetMapping("/api/norm-profiles")
	List<NormProfile> profiles() {
		return this.profiles.all();
	}

	@GetMapping("/api/campaigns/{id}/verdicts")
	List<ClauseVerdictView> verdicts(@PathVariable UUID id,
			@RequestParam(name = "profile", defaultValue = "nen-8878") String profileId) {
		this.campaigns.get(id);
		NormProfile profile = this.profiles.get(profileId).orElseThrow(() -> new NormProfileNotFound(profileId));
		List<OrganisationVerdicts.AwaitingReview> awaiting = this.probes.byCampaign(id)
			.stream()
			.filter((probe) -> probe.channel() == Channel.PHONE && probe.state() == ProbeState.NEEDS_REVIEW)
			.map((probe) -> new OrganisationVerdicts.AwaitingReview(probe.id(), probe.organisationId(),
					probe.organisationName(), (probe.problem() != null) ? probe.problem() : "needs review"))
			.toList();
		return this.verdicts.judge(profile, this.measurements.forCampaign(id), awaiting)
			.stream()
			.map(ClauseVerdictView::of)
			.toList();
	}

	/**
	 * One clause's verdict for one organisation, as the API gives it.
	 *
	 * @param organisationId the organisation
	 * @param organisationName its name
	 * @param profile the profile
	 * @param profileVersion its version
	 * @param clause the clause's id
	 * @param title what it requires
	 * @param assumption what the profile assumes for it
	 * @param verdict {@code COMPLIANT}, {@code BREACH} or {@code NOT_JUDGED}
	 * @param reason why it is not judged
	 * @param figures the share, the requirement and the interval, when judged
	 * @param probes every probe it considered, with the link to its evidence
	 */
	record ClauseVerdictView(UUID organisationId, String organisationName, String profile, int profileVersion,
			String clause, String title, String assumption, String verdict, Verdict.Reason reason, ShareFigures figures,
			List<ProbeView> probes) {

		static ClauseVerdictView of(OrganisationVerdicts.ClauseVerdict verdict) {
			String kind;
			ShareFigures figures = null;
			Verdict.Reason reason = null;
			if (verdict.verdict() instanceof Verdict.Compliant compliant) {
				kind = "COMPLIANT";
				figures = compliant.figures();
			}
			else if (verdict.verdict() instanceof Verdict.Breach breach) {
				kind = "BREACH";
				figures = breach.figures();
			}
			else {
				kind = "NOT_JUDGED";
				reason = ((Verdict.NotJudged) verdict.verdict()).reason();
			}
			return new ClauseVerdictView(verdict.organisationId(), verdict.organisationName(), verdict.profile(),
					verdict.profileVersion(), verdict.clause().id(), verdict.clause().title(),
					verdict.clause().assumption(), kind, reason, figures,
					verdict.probes().stream().map(ProbeView::of).toList());
		}

	}

	/**
	 * @param probeId the probe
	 * @param counts what it counted for
	 * @param why why
	 * @param href where its timeline and evidence are
	 */
	record ProbeView(UUID probeId, ProbeJudgement.Counts counts, String why, String href) {

		static ProbeView of(ProbeJudgement judgement) {
			return new ProbeView(judgement.probeId(), judgement.counts(), judgement.why(),
					"/api/probes/" + judgement.probeId());
		}

	}

}
