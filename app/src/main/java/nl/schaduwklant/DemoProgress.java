package nl.schaduwklant;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.scheduler.Channel;

/**
 * How many of the demo campaign's probes are settled, per channel.
 *
 * @param planned the planned probes per channel (in channel order)
 * @param settled the settled probes per channel
 * @param retrying how many probes failed on our side and wait for their retry
 * @param retryProblem why the most of those failed (absent when none did)
 */
record DemoProgress(Map<Channel, Integer> planned, Map<Channel, Integer> settled, int retrying, String retryProblem) {

	DemoProgress {
		planned = copy(planned);
		settled = copy(settled);
	}

	DemoProgress(Map<Channel, Integer> planned, Map<Channel, Integer> settled) {
		this(planned, settled, 0, null);
	}

	/**
	 * @param planned the planned probes per channel
	 * @param probes the campaign's probes so far
	 * @return their progress: a probe is settled when it will not change by itself any
	 * more (a probe that failed and waits for its retry is not)
	 */
	static DemoProgress of(Map<Channel, Integer> planned, Collection<ProbeSummary> probes) {
		Map<Channel, Integer> settled = new EnumMap<>(Channel.class);
		planned.keySet().forEach((channel) -> settled.put(channel, 0));
		probes.stream()
			.filter(ProbeSummary::isSettled)
			.forEach((probe) -> settled.merge(probe.channel(), 1, Integer::sum));
		List<ProbeSummary> retrying = probes.stream().filter(ProbeSummary::awaitsRetry).toList();
		String problem = retrying.stream()
			.map(ProbeSummary::problem)
			.filter(Objects::nonNull)
			.collect(Collectors.groupingBy((reason) -> reason, LinkedHashMap::new, Collectors.counting()))
			.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(null);
		return new DemoProgress(planned, settled, retrying.size(), problem);
	}

	int plannedProbes() {
		return this.planned.values().stream().mapToInt(Integer::intValue).sum();
	}

	int settledProbes() {
		return this.settled.values().stream().mapToInt(Integer::intValue).sum();
	}

	int settled(Channel channel) {
		return this.settled.getOrDefault(channel, 0);
	}

	/**
	 * @return the probes not settled yet per channel, only the channels that have some
	 */
	Map<Channel, Integer> unsettled() {
		Map<Channel, Integer> unsettled = new EnumMap<>(Channel.class);
		this.planned.forEach((channel, planned) -> {
			int open = planned - settled(channel);
			if (open > 0) {
				unsettled.put(channel, open);
			}
		});
		return unsettled;
	}

	private static Map<Channel, Integer> copy(Map<Channel, Integer> counts) {
		Map<Channel, Integer> copy = new EnumMap<>(Channel.class);
		copy.putAll(counts);
		return Collections.unmodifiableMap(copy);
	}

}
