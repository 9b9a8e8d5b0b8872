package nl.schaduwklant.scoring.consistency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.Measurement;

/**
 * Compares an organisation's answers to the same question across channels: two channels
 * contradict each other when one gives a known-wrong answer of the answer key that the
 * other does not give; otherwise they agree as far as they give the same facts (two
 * answers without any fact agree: consistency is sameness, the resolution says how good).
 * Only answers whose facts were judged count (a call without a consultant's review has
 * none). Pure.
 */
public final class ChannelConsistency {

	/**
	 * Below this many organisations a sector's mean is not given: it would come close to
	 * single organisations' scores (the sector benchmark's minimum).
	 */
	public static final int MINIMUM_ORGANISATIONS = 5;

	/**
	 * @param measurements a campaign's measurements
	 * @return per organisation, by name
	 */
	public List<OrganisationConsistency> organisations(List<Measurement> measurements) {
		Map<UUID, List<Measurement>> byOrganisation = new LinkedHashMap<>();
		measurements.stream()
			.sorted(Comparator.comparing(Measurement::organisationName))
			.forEach((m) -> byOrganisation.computeIfAbsent(m.organisationId(), (id) -> new ArrayList<>()).add(m));
		List<OrganisationConsistency> organisations = new ArrayList<>();
		byOrganisation.values().forEach((probes) -> organisations.add(organisation(probes)));
		return organisations;
	}

	/**
	 * @param organisations the organisations' consistency
	 * @return per sector, by name
	 */
	public List<SectorConsistency> sectors(List<OrganisationConsistency> organisations) {
		Map<String, List<Double>> bySector = new TreeMap<>();
		for (OrganisationConsistency organisation : organisations) {
			if (organisation.score() != null) {
				bySector.computeIfAbsent(organisation.sector(), (sector) -> new ArrayList<>())
					.add(organisation.score());
			}
		}
		return bySector.entrySet()
			.stream()
			.map((sector) -> new SectorConsistency(sector.getKey(), sector.getValue().size(),
					(sector.getValue().size() < MINIMUM_ORGANISATIONS) ? null
							: sector.getValue().stream().collect(Collectors.averagingDouble(Double::doubleValue)),
					sector.getValue().size() < MINIMUM_ORGANISATIONS))
			.toList();
	}

	private OrganisationConsistency organisation(List<Measurement> probes) {
		Measurement first = probes.get(0);
		Map<UUID, Map<Channel, ChannelAnswer>> byScenario = new LinkedHashMap<>();
		for (Measurement probe : probes) {
			if (probe.answered() && probe.resolution() != null && probe.scenarioId() != null) {
				byScenario.computeIfAbsent(probe.scenarioId(), (id) -> new EnumMap<>(Channel.class))
					.putIfAbsent(probe.channel(), new ChannelAnswer(probe.probeId(), probe.factsFound(),
							probe.factsContradicted(), probe.timeToFirstHumanReply()));
			}
		}
		List<ScenarioConsistency> scenarios = new ArrayList<>();
		byScenario.forEach((scenario, answers) -> scenarios.add(scenario(scenario, answers)));
		List<Double> scores = scenarios.stream()
			.map(ScenarioConsistency::score)
			.filter(java.util.Objects::nonNull)
			.toList();
		return new OrganisationConsistency(first.organisationId(), first.organisationName(), first.sector(),
				scores.isEmpty() ? null : scores.stream().collect(Collectors.averagingDouble(Double::doubleValue)),
				scenarios, medians(probes));
	}

	static ScenarioConsistency scenario(UUID scenarioId, Map<Channel, ChannelAnswer> answers) {
		List<Channel> channels = new ArrayList<>(answers.keySet());
		List<PairComparison> pairs = new ArrayList<>();
		for (int i = 0; i < channels.size(); i++) {
			for (int j = i + 1; j < channels.size(); j++) {
				pairs.add(compare(channels.get(i), answers.get(channels.get(i)), channels.get(j),
						answers.get(channels.get(j))));
			}
		}
		Double score = pairs.isEmpty() ? null
				: pairs.stream().collect(Collectors.averagingDouble(PairComparison::score));
		return new ScenarioConsistency(scenarioId, answers, pairs, score);
	}

	static PairComparison compare(Channel firstChannel, ChannelAnswer first, Channel secondChannel,
			ChannelAnswer second) {
		Set<String> contradictions = new java.util.TreeSet<>();
		for (String fact : first.factsFound()) {
			if (second.factsContradicted().contains(fact)) {
				contradictions.add(fact);
			}
		}
		for (String fact : second.factsFound()) {
			if (first.factsContradicted().contains(fact)) {
				contradictions.add(fact);
			}
		}
		// one channel gives a known-wrong answer the other does not give
		for (String fact : first.factsContradicted()) {
			if (!second.factsContradicted().contains(fact)) {
				contradictions.add(fact);
			}
		}
		for (String fact : second.factsContradicted()) {
			if (!first.factsContradicted().contains(fact)) {
				contradictions.add(fact);
			}
		}
		Set<String> either = new HashSet<>(first.factsFound());
		either.addAll(second.factsFound());
		Set<String> both = new HashSet<>(first.factsFound());
		both.retainAll(second.factsFound());
		double similarity = either.isEmpty() ? 1.0 : (double) both.size() / either.size();
		return new PairComparison(firstChannel, secondChannel, List.copyOf(contradictions), similarity,
				contradictions.isEmpty() ? similarity : 0.0);
	}

	private static Map<Channel, Duration> medians(List<Measurement> probes) {
		Map<Channel, List<Duration>> times = new EnumMap<>(Channel.class);
		for (Measurement probe : probes) {
			if (probe.answered() && probe.timeToFirstHumanReply() != null) {
				times.computeIfAbsent(probe.channel(), (channel) -> new ArrayList<>())
					.add(probe.timeToFirstHumanReply());
			}
		}
		Map<Channel, Duration> medians = new EnumMap<>(Channel.class);
		times.forEach((channel, durations) -> {
			List<Duration> sorted = durations.stream().sorted().toList();
			int n = sorted.size();
			medians.put(channel,
					(n % 2 == 1) ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2));
		});
		return medians;
	}

}
