package nl.schaduwklant.probes.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import nl.schaduwklant.probes.ChannelProbe;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.ProbeContact;
import nl.schaduwklant.scheduler.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the contacts of due probes, no more at once than the node allows and than each
 * channel allows (a chat holds a browser for minutes, an e-mail is sent in a second):
 * claims each probe (SENDING is written first), calls its channel probe outside any
 * transaction, and records the result.
 */
@Component
class ProbeDispatcher {

	private static final Logger log = LoggerFactory.getLogger(ProbeDispatcher.class);

	private final ProbeLifecycle lifecycle;

	private final ChannelProbes channelProbes;

	private final TaskExecutor executor;

	private final RetryTemplate retries;

	private static final int DUE_BATCH = 200;

	private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

	private final Map<Channel, Integer> inFlightByChannel = new ConcurrentHashMap<>();

	ProbeDispatcher(ProbeLifecycle lifecycle, ChannelProbes channelProbes,
			@Qualifier("probeContactExecutor") TaskExecutor executor,
			@Qualifier("probeRecordRetries") RetryTemplate retries) {
		this.lifecycle = lifecycle;
		this.channelProbes = channelProbes;
		this.executor = executor;
		this.retries = retries;
	}

	@Scheduled(fixedDelayString = "${schaduwklant.probes.dispatch-interval:PT1S}",
			initialDelayString = "${schaduwklant.probes.dispatch-interval:PT1S}")
	void dispatch() {
		for (DueProbe due : this.lifecycle.due(DUE_BATCH)) {
			if (hasRoom(due.channel()) && this.inFlight.add(due.id())) {
				this.inFlightByChannel.merge(due.channel(), 1, Integer::sum);
				this.executor.execute(() -> contact(due));
			}
		}
	}

	private boolean hasRoom(Channel channel) {
		int room = this.channelProbes.forChannel(channel).map(ChannelProbe::concurrency).orElse(1);
		return this.inFlightByChannel.getOrDefault(channel, 0) < room;
	}

	boolean isInFlight(UUID id) {
		return this.inFlight.contains(id);
	}

	private void contact(DueProbe due) {
		UUID id = due.id();
		try {
			this.retries.invoke(() -> this.lifecycle.claim(id)).ifPresent((contact) -> {
				ContactResult result = contact(contact);
				this.retries.invoke(() -> this.lifecycle.record(id, result, false));
			});
		}
		catch (RuntimeException ex) {
			log.error("Probe {} could not be dispatched; it stays as it was recorded", id, ex);
		}
		finally {
			this.inFlightByChannel.merge(due.channel(), -1, Integer::sum);
			this.inFlight.remove(id);
		}
	}

	private ContactResult contact(ProbeContact contact) {
		ChannelProbe probe = this.channelProbes.forChannel(contact.channel()).orElse(null);
		if (probe == null) {
			return new ContactResult.Failed("no probe for channel " + contact.channel() + " on this node", false);
		}
		try {
			return probe.contact(contact);
		}
		catch (RuntimeException ex) {
			log.error("Channel probe {} failed unexpectedly for probe {}", contact.channel(), contact.probeId(), ex);
			return new ContactResult.Uncertain("the " + contact.channel() + " probe failed unexpectedly ("
					+ ex.getClass().getSimpleName() + ": " + ex.getMessage() + "); it may have made the contact");
		}
	}

}
