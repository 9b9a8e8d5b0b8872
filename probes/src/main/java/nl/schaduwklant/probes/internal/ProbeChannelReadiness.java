package nl.schaduwklant.probes.internal;

import java.util.Optional;

import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.ChannelReadiness;

import org.springframework.context.MessageSourceResolvable;

/**
 * A channel can be measured when its probe says nothing stands in its way (a Twilio
 * account for the phone, Chromium for chats and forms, a mystery mailbox for e-mail).
 */
@org.springframework.stereotype.Component
class ProbeChannelReadiness implements ChannelReadiness {

	private final ChannelProbes probes;

	ProbeChannelReadiness(ChannelProbes probes) {
		this.probes = probes;
	}

	@Override
	public Optional<MessageSourceResolvable> unavailable(Channel channel) {
		return this.probes.forChannel(channel).flatMap((probe) -> probe.unavailable());
	}

}
