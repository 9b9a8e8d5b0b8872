package nl.schaduwklant.probes.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.ProbeContact;
import nl.schaduwklant.probes.ProbeNotFound;
import nl.schaduwklant.probes.ProbeObserved;
import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.ProbeDue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The probe lifecycle's transitions, each in its own short transaction and never around
 * network I/O. A probe that ends with an outcome that counts is handed on as
 * {@link ProbeObserved} in the same transaction. A transition locks its probe's row, so
 * two transitions of one probe (a reply recorded while the contact is recorded) follow
 * one another instead of both appending the same step to its timeline.
 */
@Service
@Transactional
public class ProbeLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ProbeLifecycle.class);

	private final ProbeRunRepository probes;

	private final EntityManager entities;

	private final ProbePlans plans;

	private final ProbeTokens tokens;

	private final ProbesProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProbeLifecycle(ProbeRunRepository probes, EntityManager entities, ProbePlans plans, ProbeTokens tokens,
			ProbesProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.probes = probes;
		this.entities = entities;
		this.plans = plans;
		this.tokens = tokens;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates the probe for a due slot, once: a slot handed over twice creates one probe.
	 * @param due the due slot
	 */
	public void plan(ProbeDue due) {
		if (this.probes.existsBySlotId(due.slotId())) {
			log.info("Slot {} already has a probe; not planning it again", due.slotId());
			return;
		}
		this.probes.save(new ProbeRun(due, this.plans.write(due), this.tokens.next(),
				SubjectKey.of(due.scenario().subject()), this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<DueProbe> due(int limit) {
		return this.probes.findDue(this.clock.instant(), Limit.of(limit));
	}

	/**
	 * Writes SENDING before the contact is made.
	 * @param id the probe
	 * @return the contact to make, or empty when the probe is no longer due
	 */
	public Optional<ProbeContact> claim(UUID id) {
		ProbeRun run = find(id);
		if (run.getState() != ProbeState.DUE) {
			return Optional.empty();
		}
		run.markSending(this.clock.instant(), this.properties.node());
		return Optional.of(this.plans.contactFor(run));
	}

	/**
	 * Marks, in its own transaction, that the probe's irreversible step is about to be
	 * attempted: from this commit on the organisation may have been contacted.
	 * @param id the probe
	 * @param attempt the attempt that is about to take the step
	 * @param what the step
	 * @throws IllegalStateException when the probe is no longer in that attempt of this
	 * node
	 */
	public void markIrreversibleStep(UUID id, int attempt, String what) {
		find(id).markIrreversibleStep(this.clock.instant(), attempt, this.properties.node(), what);
	}

	/**
	 * Records what a channel probe reported after contacting, for the attempt it made:
	 * when the probe has moved on meanwhile (released or claimed again), the report is
	 * kept in the log only.
	 * @param id the probe
	 * @param attempt the attempt that made the contact
	 * @param result what the channel probe reported
	 */
	public void record(UUID id, int attempt, ContactResult result) {
		ProbeRun run = find(id);
		if (!run.isSendingFor(attempt, this.properties.node())) {
			log.warn("Probe {} moved on from attempt {} while it was contacted ({}); not recording {}", id, attempt,
					run.getState(), result);
			return;
		}
		record(id, result, false);
	}

	/**
	 * Deals with a probe this node left in SENDING when it stopped, without contacting
	 * the organisation: one whose irreversible step was not marked is simply due again;
	 * one whose step was marked is handed to its channel to be reconciled.
	 * @param id the probe
	 * @return the contact to reconcile, or empty when there is nothing to reconcile
	 */
	public Optional<ProbeContact> releaseOrReconcile(UUID id) {
		ProbeRun run = find(id);
		if (run.getState() != ProbeState.SENDING) {
			return Optional.empty();
		}
		if (!run.mayHaveContacted()) {
			log.info("Probe {} was interrupted before its irreversible step; it is due again", id);
			run.releaseUnattempted(this.clock.instant());
			return Optional.empty();
		}
		return Optional.of(this.plans.contactFor(run));
	}

	/**
	 * Records what a channel probe reported after contacting (or reconciling).
	 * @param id the probe
	 * @param result what the channel probe reported
	 * @param reconciling whether this is the check of a probe found in SENDING after a
	 * restart
	 */
	public void record(UUID id, ContactResult result, boolean reconciling) {
		ProbeRun run = find(id);
		if (reconciling) {
			if (run.getState() != ProbeState.SENDING) {
				return;
			}
			log.info("Probe {} was left in SENDING by an interrupted contact; checked: {}", id, result);
		}
		Instant now = this.clock.instant();
		if (result instanceof ContactResult.Contacted contacted) {
			if (run.recordContacted(contacted, reconciling)) {
				observed(run);
			}
		}
		else if (result instanceof ContactResult.Completed completed) {
			if (run.recordCompleted(completed, this.plans.write(completed.conversation()),
					this.plans.write(completed.call())) || run.getState() != ProbeState.NEEDS_REVIEW) {
				observed(run);
			}
		}
		else if (result instanceof ContactResult.Failed failed) {
			if (reconciling) {
				log.warn("Could not check probe {} found in SENDING: {}; will check again", id, failed.reason());
				return;
			}
			if (run.mayHaveContacted()) {
				run.recordFailed(now, failed.reason() + " (after the irreversible step: the organisation may have"
						+ " been contacted, so it is not tried again)", null);
				return;
			}
			boolean retry = failed.retryable() && run.getAttempts() < this.properties.maxAttempts();
			run.recordFailed(now, failed.reason(), retry ? retryAt(run, now) : null);
		}
		else if (result instanceof ContactResult.Uncertain uncertain) {
			run.recordUncertain(now, uncertain.reason());
		}
	}

	private Instant retryAt(ProbeRun run, Instant now) {
		long factor = 1L << Math.min(run.getAttempts() - 1, 16);
		return now.plus(this.properties.retryBackoff().multipliedBy(factor));
	}

	/**
	 * Records a reply matched to a probe.
	 * @param id the probe
	 * @param reply the reply
	 */
	public void recordReply(UUID id, Reply reply) {
		ProbeRun run = find(id);
		if (run.recordReply(reply)) {
			observed(run);
		}
	}

	/**
	 * Closes the probes of a channel whose deadline passed before every answer up to
	 * {@code observedUntil} had been seen.
	 * @param channel the channel
	 * @param observedUntil answers up to this instant have been seen
	 * @return how many probes were closed
	 */
	public int closeExpired(Channel channel, Instant observedUntil) {
		Instant now = this.clock.instant();
		if (observedUntil == null) {
			return 0;
		}
		Instant before = observedUntil.isBefore(now) ? observedUntil : now;
		List<UUID> expired = this.probes.findExpiredIds(channel, before);
		for (UUID id : expired) {
			ProbeRun run = find(id);
			run.closeAsNoResponse(now);
			observed(run);
		}
		return expired.size();
	}

	/**
	 * Makes failed probes whose retry time has come due again.
	 * @return how many
	 */
	public int retryFailed() {
		Instant now = this.clock.instant();
		List<UUID> retryable = this.probes.findRetryableIds(now);
		retryable.forEach((id) -> find(id).retry(now));
		return retryable.size();
	}

	@Transactional(readOnly = true)
	public List<UUID> sendingOnThisNode() {
		return this.probes.findSendingIds(this.properties.node());
	}

	@Transactional(readOnly = true)
	public ProbeContact contactFor(UUID id) {
		return this.plans.contactFor(this.probes.findById(id).orElseThrow(() -> new ProbeNotFound(id)));
	}

	public void markScored(UUID id) {
		find(id).markScored(this.clock.instant());
	}

	private void observed(ProbeRun run) {
		ProbeDue plan = this.plans.read(run);
		this.events.publishEvent(new ProbeObserved(run.getId(), plan.campaignId(), run.getChannel(), plan.target(),
				plan.scenario(), plan.replyDeadline(), plan.resolutionThreshold(), run.getOutcome(),
				run.toObservation(this.plans.conversationOf(run), this.plans.callOf(run))));
	}

	/**
	 * @param id a probe
	 * @return the probe, its row locked until this transaction ends (one already read in
	 * this transaction is locked only if no other transaction changed it meanwhile, else
	 * the optimistic lock fails and the transition is retried)
	 */
	private ProbeRun find(UUID id) {
		ProbeRun run = this.entities.find(ProbeRun.class, id, LockModeType.PESSIMISTIC_WRITE);
		if (run == null) {
			throw new ProbeNotFound(id);
		}
		return run;
	}

}
