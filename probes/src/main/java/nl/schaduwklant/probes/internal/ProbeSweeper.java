package nl.schaduwklant.probes.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import nl.schaduwklant.probes.ChannelProbe;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.ProbeContact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps waiting probes moving: checks probes this node left in SENDING when it stopped,
 * closes those whose deadline passed (once every answer up to the deadline has been
 * seen), and makes failed ones due again when their retry time comes. Each of these, and
 * each channel, is swept on its own: one that fails never holds up the others.
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
		guarded("checking probes left in SENDING", this::reconcileOrphans);
		for (ChannelProbe probe : this.channelProbes.all()) {
			guarded("closing expired " + probe.channel() + " probes", () -> closeExpired(probe));
		}
		guarded("retrying failed probes", () -> {
			int retried = this.retries.invoke(this.lifecycle::retryFailed);
			if (retried > 0) {
				log.info("Made {} failed probe(s) due again", retried);
			}
		});
	}

	private void closeExpired(ChannelProbe probe) {
		Optional<Instant> observedUntil = probe.observedUntil();
		if (observedUntil.isEmpty()) {
			return;
		}
		int closed = this.retries.invoke(() -> this.lifecycle.closeExpired(probe.channel(), observedUntil.get()));
		if (closed > 0) {
			log.info("Closed {} {} probe(s) without a human answer by their deadline", closed, probe.channel());
		}
	}

	/**
	 * Probes in SENDING that this node claimed but is not contacting were left by a
	 * crash: one that never reached its irreversible step is due again; one that did is
	 * checked by its channel, never contacted again.
	 */
	void reconcileOrphans() {
		for (UUID id : this.lifecycle.sendingOnThisNode()) {
			if (this.dispatcher.isInFlight(id)) {
				continue;
			}
			guarded("checking probe " + id, () -> reconcile(id));
		}
	}

	private void reconcile(UUID id) {
		Optional<ProbeContact> marked = this.retries.invoke(() -> this.lifecycle.releaseOrReconcile(id));
		if (marked.isEmpty()) {
			return;
		}
		ProbeContact contact = marked.get();
		ContactResult result = this.channelProbes.forChannel(contact.channel())
			.map((probe) -> probe.reconcile(contact))
			.orElseGet(() -> new ContactResult.Uncertain("no probe for channel " + contact.channel()
					+ " on this node to check whether the contact was made"));
		this.retries.invoke(() -> this.lifecycle.record(id, result, true));
	}

	private static void guarded(String what, Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			log.warn("Sweep: {} failed; the rest of the sweep goes on: {}", what, ex.toString());
		}
	}

}
