package nl.schaduwklant.probes;

import java.time.Instant;
import java.util.Optional;

import nl.schaduwklant.scheduler.Channel;

import org.springframework.context.MessageSourceResolvable;

/**
 * The port every channel adapter (e-mail, chat, phone, social) implements. Adapters are
 * called outside any transaction; the probe is in SENDING before {@link #contact} is
 * called. Every adapter marks its one irreversible step through the
 * {@link IrreversibleStep} it is given, before attempting it: that mark, kept by the
 * probes core, is the only rule for "the organisation may have been contacted".
 */
public interface ChannelProbe {

	Channel channel();

	/**
	 * @return how many contacts this channel makes at once on this node
	 */
	int concurrency();

	/**
	 * @return what this channel's contacts take their {@link #concurrency()} from;
	 * channels that name the same resource share one limit (chats and contact forms share
	 * the browsers)
	 */
	default String sharedResource() {
		return channel().name();
	}

	/**
	 * @return why this channel cannot make contacts on this node at all (a browser or an
	 * account that is missing), in the user's language; empty when it can, or when that
	 * is only known by trying
	 */
	default Optional<MessageSourceResolvable> unavailable() {
		return Optional.empty();
	}

	/**
	 * Contacts the organisation once.
	 * @param contact the contact to make
	 * @param step to be marked right before the step that may reach the organisation
	 * @return what happened; never throws for a failed contact. A
	 * {@link ContactResult.Failed} after the step was marked is never retried, whatever
	 * it says.
	 */
	ContactResult contact(ProbeContact contact, IrreversibleStep step);

	/**
	 * Decides, after a restart, whether a probe found in SENDING whose irreversible step
	 * was marked reached the organisation, without contacting it again. (A probe found in
	 * SENDING without the mark never reached it and is simply due again.)
	 * @param contact the contact that may have been made
	 * @return {@link ContactResult.Contacted} when it provably was,
	 * {@link ContactResult.Uncertain} when that cannot be shown, or
	 * {@link ContactResult.Failed} (retryable) when the check itself failed and must be
	 * repeated later
	 */
	ContactResult reconcile(ProbeContact contact);

	/**
	 * Every answer that arrived before this instant has been seen, so a deadline before
	 * it may be closed as NO_RESPONSE.
	 * @return the instant up to which answers have been observed, or empty when nothing
	 * has been observed yet (no deadline may then be closed)
	 */
	Optional<Instant> observedUntil();

	/**
	 * Asks the contacts this channel is making now to end at once, because the node is
	 * stopping: each ends by the rule of its irreversible step (FAILED or NEEDS_REVIEW
	 * once marked), keeping what it observed so far.
	 */
	default void stopContacts() {
	}

}
