package nl.schaduwklant.scheduler.internal;

import java.util.EnumSet;
import java.util.Set;

import nl.schaduwklant.scheduler.Channel;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The channels this installation can probe. A campaign asking for another channel is
 * rejected when it is defined, not when its probes fail.
 *
 * @param channels the channels with a working probe
 */
@ConfigurationProperties("schaduwklant.scheduler")
record SupportedChannels(Set<Channel> channels) {

	SupportedChannels {
		channels = (channels == null || channels.isEmpty())
				? EnumSet.of(Channel.EMAIL, Channel.CHAT, Channel.CONTACT_FORM, Channel.PHONE)
				: EnumSet.copyOf(channels);
	}

	boolean contains(Channel channel) {
		return this.channels.contains(channel);
	}

}
