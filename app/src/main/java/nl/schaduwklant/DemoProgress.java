package nl.schaduwklant;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.scheduler.Channel;

/**
 * How many of the demo campaign's probes are settled, per channel.
 *
 * @param planned the planned probes per channel (in channel order)
 * @param settled the settled probes per channel
 */
record DemoProgress(Map<Channel, Integer> planned, Map<Channel, Integer> settled) {

	DemoProgress {
		planned = copy(planned);
		settled = copy(settled);
	}

	/**
	 * @param planned the planned probes per channel
	 * @param probes the campaign's probes so far
	 * @return their progress: a probe in a terminal state is settled
	 */
	static DemoProgress of(Map<Channel, Integer> planned, Collection<ProbeSummary> probes) {
		Map<Channel, Integer> settled = new EnumMap<>(Channel.class);
		planned.keySet().forEach((channel) -> settled.put(channel, 0));
		probes.stream()
			.filter((probe) -> probe.state().isTerminal())
			.forEach((probe) -> settled.merge(probe.channel(), 1, Integer::sum));
		return new DemoProgress(planned, settled);
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
