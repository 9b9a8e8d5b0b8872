package nl.schaduwklant.scoring.composite;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.norms.NormClause;
import nl.schaduwklant.scoring.norms.ProbeJudgement;

/**
 * The composite channel score per organisation and channel: the headline figures of the
 * channel weighed as the campaign says. Pure.
 *
 * @param weights the weights
 * @param norms the clause each channel's "within the norm" is judged with
 */
public record CompositeScores(ScoreWeights weights, Map<Channel, NormClause> norms) {

	/** At this many language errors per 100 words (or more) the language quality is 0. */
	static final double ERRORS_AT_ZERO_QUALITY = 5.0;

	/**
	 * @param measurements the measurements
	 * @param judgedAt the moment of judging
	 * @return a score per organisation and channel, organisations by name
	 */
	public List<ChannelScore> score(List<Measurement> measurements, Instant judgedAt) {
		Map<UUID, Map<Channel, List<Measurement>>> grouped = new LinkedHashMap<>();
		measurements.stream()
			.sorted(Comparator.comparing(Measurement::organisationName).thenComparing(Measurement::channel))
			.forEach((m) -> grouped.computeIfAbsent(m.organisationId(), (id) -> new LinkedHashMap<>())
				.computeIfAbsent(m.channel(), (channel) -> new ArrayList<>())
				.add(m));
		List<ChannelScore> scores = new ArrayList<>();
		grouped.values()
			.forEach((byChannel) -> byChannel
				.forEach((channel, probes) -> scores.add(score(channel, probes, judgedAt))));
		return scores;
	}

	ChannelScore score(Channel channel, List<Measurement> probes, Instant judgedAt) {
		Measurement first = probes.get(0);
		double responseRate = (double) probes.stream().filter(Measurement::answered).count() / probes.size();
		NormClause norm = this.norms.get(channel);
		Double withinNorm = null;
		if (norm != null) {
			long passed = 0;
			long counted = 0;
			// of the answered ones: a silence already counts in the response rate
			for (Measurement probe : probes.stream().filter(Measurement::answered).toList()) {
				ProbeJudgement.Counts counts = norm.judge(probe, judgedAt).counts();
				passed += (counts == ProbeJudgement.Counts.PASSED) ? 1 : 0;
				counted += (counts == ProbeJudgement.Counts.PASSED || counts == ProbeJudgement.Counts.FAILED) ? 1 : 0;
			}
			withinNorm = (counted > 0) ? (double) passed / counted : null;
		}
		List<Double> resolutions = probes.stream()
			.filter((probe) -> probe.answered() && probe.resolution() != null)
			.map(Measurement::resolution)
			.toList();
		Double resolution = resolutions.isEmpty() ? null
				: resolutions.stream().collect(Collectors.averagingDouble(Double::doubleValue));
		long words = 0;
		long errors = 0;
		for (Measurement probe : probes) {
			if (probe.language() != null && probe.language().judged() && probe.language().words() > 0) {
				words += probe.language().words();
				errors += probe.language().errors();
			}
		}
		Double errorsPer100Words = (words > 0) ? 100.0 * errors / words : null;
		Double languageQuality = (errorsPer100Words != null)
				? Math.max(0, 1 - errorsPer100Words / ERRORS_AT_ZERO_QUALITY) : null;
		Map<String, Double> figures = new LinkedHashMap<>();
		Map<String, Integer> weights = new LinkedHashMap<>();
		add(figures, weights, "responseRate", responseRate, this.weights.responseRate());
		add(figures, weights, "withinNorm", withinNorm, this.weights.withinNorm());
		add(figures, weights, "resolution", resolution, this.weights.resolution());
		add(figures, weights, "languageQuality", languageQuality, this.weights.languageQuality());
		int total = weights.values().stream().mapToInt(Integer::intValue).sum();
		Double score = null;
		Map<String, Double> used = new LinkedHashMap<>();
		if (total > 0) {
			double sum = 0;
			for (Map.Entry<String, Integer> weight : weights.entrySet()) {
				sum += weight.getValue() * figures.get(weight.getKey());
				used.put(weight.getKey(), 100.0 * weight.getValue() / total);
			}
			score = 100 * sum / total;
		}
		return new ChannelScore(first.organisationId(), first.organisationName(), first.sector(), channel,
				probes.size(), responseRate, withinNorm, (norm != null) ? norm.id() : null, resolution,
				errorsPer100Words, languageQuality, score, used);
	}

	private static void add(Map<String, Double> figures, Map<String, Integer> weights, String name, Double figure,
			int weight) {
		if (figure != null && weight > 0) {
			figures.put(name, figure);
			weights.put(name, weight);
		}
	}

}
