package nl.schaduwklant;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import nl.schaduwklant.scheduler.Channel;

import org.springframework.context.MessageSourceResolvable;

/**
 * Channels of the demo cannot make contacts on this node at all, so the demo does not
 * start (rather than let their probes fail one by one and wait for retries).
 */
class ChannelsUnavailable extends RuntimeException {

	private final transient Map<Channel, MessageSourceResolvable> reasons;

	/**
	 * @param reasons why each channel cannot make contacts, in the user's language
	 */
	ChannelsUnavailable(Map<Channel, MessageSourceResolvable> reasons) {
		super("channels that cannot make contacts on this node: " + reasons.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + " (" + entry.getValue().getDefaultMessage() + ")")
			.collect(Collectors.joining(", ")));
		this.reasons = Collections.unmodifiableMap(new EnumMap<>(reasons));
	}

	Map<Channel, MessageSourceResolvable> reasons() {
		return this.reasons;
	}

}
