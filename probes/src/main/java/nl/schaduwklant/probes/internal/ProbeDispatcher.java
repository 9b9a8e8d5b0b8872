package nl.schaduwklant.probes.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import nl.schaduwklant.probes.ChannelProbe;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.IrreversibleStep;
import nl.schaduwklant.probes.ProbeContact;
import nl.schaduwklant.scheduler.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Makes the contacts of due probes, no more at once than the node allows and than each
 * channel allows (a chat holds a browser for minutes, an e-mail is sent in a second):
 * claims each probe (SENDING is written first), calls its channel probe outside any
 * transaction with the probe's {@link IrreversibleStep}, and records the result. When the
 * node stops it takes no new work, gives the contacts in flight a grace period, then asks
 * the channels to stop theirs; each ends by the rule of the irreversible step.
 */
@Component
class ProbeDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ProbeDispatcher.class);

	private static final int DUE_BATCH = 200;

	private final ProbeLifecycle lifecycle;

	private final ChannelProbes channelProbes;

	private final ThreadPoolTaskExecutor executor;

	private final RetryTemplate retries;

	private final RetryTemplate resultRetries;

	private final ProbesProperties properties;

	private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

	private final Map<String, Integer> inFlightByResource = new ConcurrentHashMap<>();

	private volatile boolean running;

	ProbeDispatcher(ProbeLifecycle lifecycle, ChannelProbes channelProbes,
			@Qualifier("probeContactExecutor") ThreadPoolTaskExecutor executor,
			@Qualifier("probeRecordRetries") RetryTemplate retries,
			@Qualifier("probeResultRetries") RetryTemplate resultRetries, ProbesProperties properties) {
		this.lifecycle = lifecycle;
		this.channelProbes = channelProbes;
		this.executor = executor;
		this.retries = retries;
		this.resultRetries = resultRetries;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${schaduwklant.probes.dispatch-interval:PT1S}",
			initialDelayString = "${schaduwklant.probes.dispatch-interval:PT1S}")
	void dispatch() {
		if (!this.running) {
			return;
		}
		for (DueProbe due : this.lifecycle.due(DUE_BATCH)) {
			if (this.inFlight.size() >= this.executor.getMaxPoolSize()) {
				return;
			}
			String resource = resourceOf(due.channel());
			if (hasRoom(due.channel(), resource) && this.inFlight.add(due.id())) {
				this.inFlightByResource.merge(resource, 1, Integer::sum);
				try {
					this.executor.execute(() -> contact(due));
				}
				catch (TaskRejectedException ex) {
					release(due);
					log.warn("No contact thread free for probe {}; it stays due", due.id());
					return;
				}
			}
		}
	}

	private String resourceOf(Channel channel) {
		return this.channelProbes.forChannel(channel).map(ChannelProbe::sharedResource).orElse(channel.name());
	}

	private boolean hasRoom(Channel channel, String resource) {
		int room = this.channelProbes.forChannel(channel).map(ChannelProbe::concurrency).orElse(1);
		return this.inFlightByResource.getOrDefault(resource, 0) < room;
	}

	boolean isInFlight(UUID id) {
		return this.inFlight.contains(id);
	}

	int inFlight(String resource) {
		return this.inFlightByResource.getOrDefault(resource, 0);
	}

	private void contact(DueProbe due) {
		UUID id = due.id();
		try {
			this.retries.invoke(() -> this.lifecycle.claim(id)).ifPresent((contact) -> {
				ContactResult result = contact(contact,
						new RecordedIrreversibleStep(id, contact.attempt(), this.lifecycle, this.retries));
				this.resultRetries.invoke(() -> this.lifecycle.record(id, contact.attempt(), result));
			});
		}
		catch (RuntimeException ex) {
			log.error("Probe {} could not be dispatched; it stays as it was recorded", id, ex);
		}
		finally {
			release(due);
		}
	}

	private void release(DueProbe due) {
		this.inFlightByResource.merge(resourceOf(due.channel()), -1, Integer::sum);
		this.inFlight.remove(due.id());
		synchronized (this.inFlight) {
			this.inFlight.notifyAll();
		}
	}

	private ContactResult contact(ProbeContact contact, IrreversibleStep step) {
		ChannelProbe probe = this.channelProbes.forChannel(contact.channel()).orElse(null);
		if (probe == null) {
			return new ContactResult.Failed("no probe for channel " + contact.channel() + " on this node", false);
		}
		try {
			return probe.contact(contact, step);
		}
		catch (IrreversibleStep.IrreversibleStepNotRecorded ex) {
			log.warn("Probe {}: {}", contact.probeId(), ex.getMessage());
			return new ContactResult.Failed(ex.getMessage(), true);
		}
		catch (RuntimeException ex) {
			log.error("Channel probe {} failed unexpectedly for probe {}", contact.channel(), contact.probeId(), ex);
			if (!step.marked()) {
				return new ContactResult.Failed("the " + contact.channel() + " probe failed unexpectedly before it"
						+ " could contact the organisation (" + ex.getClass().getSimpleName() + ": " + ex.getMessage()
						+ ")", true);
			}
			return new ContactResult.Uncertain("the " + contact.channel() + " probe failed unexpectedly ("
					+ ex.getClass().getSimpleName() + ": " + ex.getMessage() + "); it may have made the contact");
		}
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Takes no new work, waits up to the grace period for the contacts in flight, then
	 * asks the channels to stop the rest and waits a little for them to record how they
	 * ended. What is still in SENDING after that is dealt with at the next start.
	 */
	@Override
	public void stop() {
		this.running = false;
		if (this.inFlight.isEmpty()) {
			return;
		}
		log.info("Stopping: waiting up to {} for {} contact(s) in flight", this.properties.shutdownGrace(),
				this.inFlight.size());
		if (awaitIdle(this.properties.shutdownGrace())) {
			return;
		}
		log.warn("Stopping: {} contact(s) still in flight after the grace period; ending them", this.inFlight.size());
		this.channelProbes.all().forEach(ChannelProbe::stopContacts);
		if (!awaitIdle(Duration.ofSeconds(10))) {
			log.warn("Stopping: probes {} are left in SENDING and will be checked at the next start", this.inFlight);
		}
	}

	private boolean awaitIdle(Duration atMost) {
		long until = System.nanoTime() + atMost.toNanos();
		synchronized (this.inFlight) {
			while (!this.inFlight.isEmpty()) {
				long left = until - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				try {
					TimeUnit.NANOSECONDS.timedWait(this.inFlight, left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return this.inFlight.isEmpty();
				}
			}
			return true;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
