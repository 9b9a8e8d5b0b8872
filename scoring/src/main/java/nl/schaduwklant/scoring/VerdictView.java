package nl.schaduwklant.scoring;

import java.util.List;
import java.util.UUID;

import nl.schaduwklant.scoring.norms.OrganisationVerdicts;
import nl.schaduwklant.scoring.norms.ProbeJudgement;
import nl.schaduwklant.scoring.norms.ShareFigures;
import nl.schaduwklant.scoring.norms.Verdict;

/**
 * One clause's verdict for one organisation, as the API and the {@code judge} command
 * give it.
 *
 * @param organisationId the organisation
 * @param organisationName its name
 * @param profile the profile
 * @param profileVersion its version
 * @param clause the clause's id
 * @param title what it requires
 * @param assumption whether the clause assumes what its source does not say
 * @param assumptionReason what it assumes
 * @param verdict {@code COMPLIANT}, {@code BREACH} or {@code NOT_JUDGED}
 * @param reason why it is not judged: {@code TOO_FEW_PROBES}, {@code AWAITS_REVIEW} or
 * {@code AWAITS_OUTCOME}
 * @param figures probes considered and passed, the share, the requirement and the
 * interval, when judged
 * @param probes every probe it considered, with the link to its evidence
 */
public record VerdictView(UUID organisationId, String organisationName, String profile, int profileVersion,
		String clause, String title, boolean assumption, String assumptionReason, String verdict, String reason,
		ShareFigures figures, List<ProbeView> probes) {

	/**
	 * @param verdict a verdict
	 * @return its view
	 */
	public static VerdictView of(OrganisationVerdicts.ClauseVerdict verdict) {
		String kind;
		ShareFigures figures = null;
		String reason = null;
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
			reason = ((Verdict.NotJudged) verdict.verdict()).reason().name();
		}
		return new VerdictView(verdict.organisationId(), verdict.organisationName(), verdict.profile(),
				verdict.profileVersion(), verdict.clause().id(), verdict.clause().title(),
				verdict.clause().assumption(), verdict.clause().assumptionReason(), kind, reason, figures,
				verdict.probes().stream().map(ProbeView::of).toList());
	}

	/**
	 * @param probeId the probe
	 * @param counts what it counted for
	 * @param why why
	 * @param href where its timeline and evidence are
	 */
	public record ProbeView(UUID probeId, ProbeJudgement.Counts counts, String why, String href) {

		static ProbeView of(ProbeJudgement judgement) {
			return new ProbeView(judgement.probeId(), judgement.counts(), judgement.why(),
					"/api/probes/" + judgement.probeId());
		}

	}

}
