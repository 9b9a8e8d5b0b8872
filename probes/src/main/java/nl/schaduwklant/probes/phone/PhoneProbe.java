package nl.schaduwklant.probes.phone;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import nl.schaduwklant.probes.ChannelProbe;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.IrreversibleStep;
import nl.schaduwklant.probes.ProbeContact;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.PhoneEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The phone channel: places one mystery call through Twilio, follows it on this node
 * (status callbacks, the organisation's audio on the media stream) and, once a person has
 * answered, puts the scenario's question to them in Dutch, listens, thanks them and hangs
 * up. The call is placed at most once: the mark comes before the request to Twilio, and a
 * request without a clear answer is settled by looking the call up, never by dialling
 * again. Twilio refusing the call is our failure, never the organisation's.
 */
class PhoneProbe implements ChannelProbe {

	static final MessageSourceResolvable NOT_CONFIGURED = new DefaultMessageSourceResolvable(
			new String[] { "probes.phone.noAccount" },
			"no Twilio account is configured (schaduwklant.probes.phone.twilio)");

	private static final Logger log = LoggerFactory.getLogger(PhoneProbe.class);

	/** How long after the call ended the stream may still bring its last audio. */
	private static final Duration STREAM_GRACE = Duration.ofSeconds(5);

	/** How long past the maximum wait before we hang up ourselves. */
	private static final Duration HANG_UP_GRACE = Duration.ofSeconds(15);

	private static final Duration POLL = Duration.ofMillis(250);

	/** How long the consultant hears the announcement and has to press 1. */
	private static final Duration CONSULTANT_CHOICE = Duration.ofSeconds(20);

	/** How long a consultant-assisted probe waits for its consultant to be free. */
	private static final Duration CONSULTANT_WAIT = Duration.ofMinutes(30);

	private final TwilioProperties properties;

	private final TwilioCalls twilio;

	private final LiveCalls calls;

	private final CallTwiml twiml;

	private final CallResults results;

	private final MessageSource messages;

	private final Clock clock;

	private final ConsultantLines consultants = new ConsultantLines();

	private volatile boolean stopping;

	PhoneProbe(TwilioProperties properties, TwilioCalls twilio, LiveCalls calls, CallTwiml twiml, CallResults results,
			MessageSource messages, Clock clock) {
		this.properties = properties;
		this.twilio = twilio;
		this.calls = calls;
		this.twiml = twiml;
		this.results = results;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public Channel channel() {
		return Channel.PHONE;
	}

	@Override
	public int concurrency() {
		return this.properties.concurrentCalls();
	}

	@Override
	public Optional<MessageSourceResolvable> unavailable() {
		return this.properties.configured() ? Optional.empty() : Optional.of(NOT_CONFIGURED);
	}

	@Override
	public ContactResult contact(ProbeContact contact, IrreversibleStep step) {
		PhoneEndpoint endpoint = contact.target().endpoints().phone();
		if (endpoint == null) {
			return new ContactResult.Failed("the organisation has no telephone number", false);
		}
		if (!this.properties.configured()) {
			return new ContactResult.Failed(NOT_CONFIGURED.getDefaultMessage(), false);
		}
		if (!contact.consultantAssisted()) {
			return call(contact, endpoint, step);
		}
		try {
			Instant until = this.clock.instant().plus(CONSULTANT_WAIT);
			if (!this.consultants.take(contact.consultantNumber(), POLL,
					() -> this.stopping || !this.clock.instant().isBefore(until))) {
				return new ContactResult.Failed(this.stopping ? "the node is stopping; the call was not placed"
						: "consultant " + contact.consultantNumber() + " was on other calls for " + CONSULTANT_WAIT
								+ "; the call was not placed",
						true);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new ContactResult.Failed("interrupted while waiting for the consultant; the call was not placed",
					true);
		}
		try {
			return call(contact, endpoint, step);
		}
		finally {
			this.consultants.release(contact.consultantNumber());
		}
	}

	private ContactResult call(ProbeContact contact, PhoneEndpoint endpoint, IrreversibleStep step) {
		Duration maxWait = maxWait(contact);
		LiveCall call = this.calls.open(contact, maxWait, longestCall(contact, maxWait).plusMinutes(1));
		try {
			CallOrder order = new CallOrder(contact.probeId(), endpoint.number(), contact.consultantNumber());
			if (this.stopping) {
				return new ContactResult.Failed("the node is stopping; the call was not placed", true);
			}
			if (contact.consultantAssisted()) {
				// marked when the consultant, on the line, presses 1 to be bridged
				call.bridgeStep(step);
			}
			else {
				step.mark("placing the call to " + endpoint.number());
			}
			PlacedCall placed;
			try {
				placed = this.twilio.place(order);
			}
			catch (CallNotPlaced ex) {
				if (!ex.mayHaveBeenPlaced()) {
					log.warn("Probe {}: Twilio did not place the call: {}", contact.probeId(), ex.getMessage());
					return new ContactResult.Failed(ex.getMessage(), ex.retryable());
				}
				Optional<PlacedCall> found = ownCallback(call);
				if (found.isEmpty()) {
					return new ContactResult.Uncertain(ex.getMessage() + "; no status callback for this probe arrived"
							+ " within the ring time-out, so whether it was placed is for a consultant to check in the"
							+ " Twilio console (it is never placed again)");
				}
				placed = found.get();
			}
			call.placed(placed);
			boolean interrupted = follow(call, placed);
			LiveCall.Snapshot snapshot = call.snapshot();
			if (interrupted) {
				this.results.keep(contact.probeId(), snapshot);
				return new ContactResult.Uncertain("the node stopped during call " + placed.sid()
						+ "; it was hung up and its measurement is incomplete (the audio so far is kept)");
			}
			if (contact.consultantAssisted() && !step.marked()) {
				return this.results.notBridged(contact, snapshot);
			}
			if (contact.consultantAssisted() && snapshot.progress().connected().isPresent()) {
				awaitReview(call);
				snapshot = call.snapshot();
			}
			return this.results.completed(contact, snapshot, this.clock.instant());
		}
		catch (IrreversibleStep.IrreversibleStepNotRecorded ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			log.warn("Phone probe {} was interrupted", contact.probeId(), ex);
			String sid = call.sid();
			if (sid != null) {
				hangUpQuietly(sid);
			}
			if (!step.marked()) {
				return new ContactResult.Failed("the call was interrupted (" + ex + ") before it was placed", true);
			}
			return new ContactResult.Uncertain("the call was interrupted (" + ex + ")"
					+ ((sid != null) ? "; call " + sid + " was hung up" : "; it may have been placed"));
		}
		finally {
			this.calls.close(contact.probeId());
		}
	}

	/**
	 * Waits, after a consultant's call with the organisation, for the consultant's
	 * review; without one in time the call is measured unreviewed.
	 */
	private void awaitReview(LiveCall call) {
		Instant until = this.clock.instant().plus(this.properties.consultantReviewWait());
		while (call.review() == null && this.clock.instant().isBefore(until) && !this.stopping) {
			try {
				call.awaitChange(POLL);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * @return the longest a call may take: ringing, the wait and the question; on a
	 * consultant's call also the consultant's ring and choice, and the conversation
	 */
	private Duration longestCall(ProbeContact contact, Duration maxWait) {
		Duration ring = this.properties.ringTimeout();
		return contact.consultantAssisted()
				? ring.plus(CONSULTANT_CHOICE).plus(ring).plus(maxWait).plus(TwilioCalls.CONVERSATION)
				: ring.plus(maxWait).plus(this.properties.listenAfterQuestion());
	}

	private Duration maxWait(ProbeContact contact) {
		Duration deadline = contact.replyDeadline();
		return (deadline != null && deadline.compareTo(this.properties.maxWait()) < 0) ? deadline
				: this.properties.maxWait();
	}

	/**
	 * Settles a request to place a call that got no clear answer from this probe's own
	 * status callbacks (their address names the probe): a call that was placed reports
	 * itself within the ring time-out.
	 */
	private Optional<PlacedCall> ownCallback(LiveCall call) {
		Instant until = this.clock.instant().plus(this.properties.ringTimeout());
		while (call.sid() == null && this.clock.instant().isBefore(until) && !this.stopping) {
			try {
				call.awaitChange(POLL);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return Optional.ofNullable(call.sid()).map((sid) -> new PlacedCall(sid, "unknown", null));
	}

	/**
	 * Follows the call until it has ended and its stream has brought its last audio.
	 * @return whether the node's stopping cut it short
	 */
	private boolean follow(LiveCall call, PlacedCall placed) {
		Instant giveUpAt = ((placed.requestedAt() != null) ? placed.requestedAt() : this.clock.instant())
			.plus(longestCall(call.contact(), call.maxWait()))
			.plusSeconds(60);
		Instant endedSeen = null;
		while (true) {
			try {
				call.awaitChange(POLL);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				hangUpQuietly(placed.sid());
				return true;
			}
			Instant now = this.clock.instant();
			if (this.stopping) {
				hangUpQuietly(placed.sid());
				return true;
			}
			if (call.ended()) {
				endedSeen = (endedSeen != null) ? endedSeen : now;
				if ((call.streamOver() && call.over()) || !now.isBefore(endedSeen.plus(STREAM_GRACE))) {
					return false;
				}
				continue;
			}
			boolean consultant = call.consultantAssisted();
			if (!consultant && call.questionAskedAt() == null && call.maxWaitReachedAt() == null
					&& !call.questionFailed()) {
				Optional<Double> agent = call.liveAgent();
				if (agent.isPresent()) {
					ask(call, placed.sid(), now);
				}
			}
			// the TwiML of a call followed by its audio ends the wait itself (this is the
			// safety net); on a consultant's bridge the probe ends it
			Duration grace = consultant ? Duration.ZERO : HANG_UP_GRACE;
			boolean waiting = consultant ? call.marks().isEmpty() : call.questionAskedAt() == null;
			Optional<Instant> connected = call.connectedAt();
			if (waiting && call.maxWaitReachedAt() == null && connected.isPresent()
					&& now.isAfter(connected.get().plus(call.maxWait()).plus(grace))) {
				log.info("Call {} passed the maximum wait without hanging up; hanging up", placed.sid());
				call.maxWaitReached(now);
				hangUpQuietly(placed.sid());
			}
			if (now.isAfter(giveUpAt)) {
				log.warn("Call {} did not end in time; hanging up", placed.sid());
				hangUpQuietly(placed.sid());
				return false;
			}
		}
	}

	private void ask(LiveCall call, String sid, Instant now) {
		String question = call.contact().scenario().body();
		String thanks = this.messages.getMessage("probes.phone.thanks", null, "Dank u wel. Tot ziens.",
				Locale.forLanguageTag("nl-NL"));
		String twiml = this.twiml.question(question, this.properties.listenAfterQuestion(), thanks);
		try {
			this.twilio.redirect(sid, twiml);
			call.questionAsked(now);
			this.results.served(call.contact().probeId(), twiml);
		}
		catch (RuntimeException ex) {
			log.warn("Call {}: the question could not be put to the person ({}); the call goes on without it", sid,
					ex.toString());
			call.questionNotAsked();
		}
	}

	private void hangUpQuietly(String sid) {
		try {
			this.twilio.hangUp(sid);
		}
		catch (RuntimeException ex) {
			log.warn("Call {} could not be hung up: {}", sid, ex.toString());
		}
	}

	@Override
	public ContactResult reconcile(ProbeContact contact) {
		if (!this.properties.configured()) {
			return new ContactResult.Uncertain("the node stopped during a call, and no Twilio account is configured"
					+ " any more to look it up; its callbacks are kept as evidence");
		}
		return this.results.reconcile(contact, this.twilio);
	}

	@Override
	public Optional<Instant> observedUntil() {
		return Optional.of(this.clock.instant());
	}

	@Override
	public void stopContacts() {
		this.stopping = true;
	}

}
