package nl.schaduwklant.scheduler;

import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;

/**
 * Whether this installation can measure a channel now (its probe is configured and what
 * it needs is there): a campaign asking for a channel that cannot be measured is refused
 * when it is defined, with the reason, rather than failing probe by probe.
 */
public interface ChannelReadiness {

	/**
	 * @param channel a channel
	 * @return why it cannot be measured, if it cannot
	 */
	Optional<MessageSourceResolvable> unavailable(Channel channel);

}
