package nl.schaduwklant.probes.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.schaduwklant.probes.ChannelProbe;
import nl.schaduwklant.scheduler.Channel;

import org.springframework.stereotype.Component;

/**
 * The channel probes of this installation, by channel.
 */
@Component
class ChannelProbes {

	private final Map<Channel, ChannelProbe> byChannel = new EnumMap<>(Channel.class);

	ChannelProbes(List<ChannelProbe> probes) {
		probes.forEach((probe) -> this.byChannel.put(probe.channel(), probe));
	}

	Optional<ChannelProbe> forChannel(Channel channel) {
		return Optional.ofNullable(this.byChannel.get(channel));
	}

	Iterable<ChannelProbe> all() {
		return this.byChannel.values();
	}

}
