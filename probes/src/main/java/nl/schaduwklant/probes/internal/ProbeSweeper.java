package nl.schaduwklant.probes.internal;

import java.util.UUID;

import nl.schaduwklant.probes.ChannelProbe;
import nl.schaduwklant.probes.ContactResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps waiting probes moving: closes those whose deadline passed (once every answer up
 * to the deadline has been seen), makes failed ones due again when their retry time
 * comes, and checks probes this node left in SENDING when it stopped.
 */
@Component
class ProbeSweeper {

	private static final Logger log = LoggerFactory.getLogger(ProbeSweeper.class);

	private final ProbeLifecycle lifecycle;

	private final ChannelProbes channelProbes;

	private final ProbeDispatcher dispatcher;

	private final RetryTemplate retries;

	ProbeSweeper(ProbeLifecycle lifecycle, ChannelProbes channelProbes, ProbeDispatcher dispatcher,
			@Qualifier("probeRecordRetries") RetryTemplate retries) {
		this.lifecycle = lifecycle;
		this.channelProbes = channelProbes;
		this.dispatcher = dispatcher;
		this.retries = retries;
	}

	@Scheduled(fixedDelayString = "${schaduwklant.probes.sweep-interval:PT5S}")
	void sweep() {
		reconcileOrphans();
		for (ChannelProbe probe : this.channelProbes.all()) {
			int closed = this.retries.invoke(() -> this.lifecycle.closeExpired(probe.channel(), probe.observedUntil()));
			if (closed > 0) {
				log.info("Closed {} {} probe(s) without a human answer by their deadline", closed, probe.channel());
			}
		}
		int retried = this.retries.invoke(this.lifecycle::retryFailed);
		if (retried > 0) {
			log.info("Made {} failed probe(s) due again", retried);
		}
	}

	/**
	 * Probes in SENDING that this node claimed but is not contacting were left by a
	 * crash: each is checked, never contacted again.
	 */
	void reconcileOrphans() {
		for (UUID id : this.lifecycle.sendingOnThisNode()) {
			if (this.dispatcher.isInFlight(id)) {
				continue;
			}
			var contact = this.lifecycle.contactFor(id);
			ContactResult result = this.channelProbes.forChannel(contact.channel())
				.map((probe) -> probe.reconcile(contact))
				.orElseGet(() -> new ContactResult.Uncertain("no probe for channel " + contact.channel()
						+ " on this node to check whether the contact was made"));
			this.retries.invoke(() -> this.lifecycle.record(id, result, true));
		}
	}

}
