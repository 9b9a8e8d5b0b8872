package nl.schaduwklant.scoring.norms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.Measurement;

/**
 * Judges a profile's clauses per organisation: from the organisation's measurements, and
 * the probes of it that wait for a consultant's review (which hold a clause back until
 * they are reviewed).
 */
public final class OrganisationVerdicts {

	/**
	 * One clause's verdict for one organisation.
	 *
	 * @param organisationId the organisation
	 * @param organisationName its name
	 * @param profile the profile
	 * @param profileVersion the profile's version
	 * @param clause the clause
	 * @param verdict the verdict
	 * @param probes what each probe counted for, and why
	 */
	public record ClauseVerdict(UUID organisationId, String organisationName, String profile, int profileVersion,
			NormClause clause, Verdict verdict, List<ProbeJudgement> probes) {
	}

	/**
	 * A probe of an organisation that waits for a review.
	 *
	 * @param probeId the probe
	 * @param organisationId its organisation
	 * @param organisationName the organisation's name
	 * @param channel its channel: it holds back the clauses that judge that channel
	 * @param why why it waits
	 */
	public record AwaitingReview(UUID probeId, UUID organisationId, String organisationName, Channel channel,
			String why) {
	}

	/**
	 * @param profile the profile
	 * @param measurements the measurements to judge
	 * @param awaiting the probes that wait for a review
	 * @param judgedAt the moment of judging (a promised callback may still come)
	 * @return a verdict per organisation and clause, organisations by name
	 */
	public List<ClauseVerdict> judge(NormProfile profile, List<Measurement> measurements, List<AwaitingReview> awaiting,
			Instant judgedAt) {
		Map<UUID, String> names = new LinkedHashMap<>();
		measurements.forEach((measurement) -> names.put(measurement.organisationId(), measurement.organisationName()));
		awaiting.forEach((probe) -> names.putIfAbsent(probe.organisationId(), probe.organisationName()));
		List<ClauseVerdict> verdicts = new ArrayList<>();
		names.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
			.forEach((organisation) -> {
				for (NormClause clause : profile.clauses()) {
					List<ProbeJudgement> probes = new ArrayList<>();
					measurements.stream()
						.filter((measurement) -> measurement.organisationId().equals(organisation.getKey()))
						.map((measurement) -> clause.judge(measurement, judgedAt))
						.forEach(probes::add);
					awaiting.stream()
						.filter((probe) -> probe.organisationId().equals(organisation.getKey())
								&& probe.channel() == clause.judges())
						.map((probe) -> new ProbeJudgement(probe.probeId(), ProbeJudgement.Counts.AWAITS_REVIEW,
								probe.why()))
						.forEach(probes::add);
					verdicts.add(new ClauseVerdict(organisation.getKey(), organisation.getValue(), profile.id(),
							profile.version(), clause, clause.share().judge(probes), List.copyOf(probes)));
				}
			});
		return verdicts;
	}

}
