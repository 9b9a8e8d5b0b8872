package nl.schaduwklant.probes;

import java.time.Instant;

import nl.schaduwklant.scheduler.Channel;

/**
 * The port every channel adapter (e-mail, chat, phone, social) implements. Adapters are
 * called outside any transaction; the probe is in SENDING before {@link #contact} is
 * called.
 */
public interface ChannelProbe {

	Channel channel();

	/**
	 * @return how many contacts this channel makes at once on this node
	 */
	int concurrency();

	/**
	 * Contacts the organisation once.
	 * @param contact the contact to make
	 * @return what happened; never throws for a failed contact
	 */
	ContactResult contact(ProbeContact contact);

	/**
	 * Decides, after a restart, whether a probe found in SENDING reached the
	 * organisation, without contacting it again.
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
	 * @return the instant up to which answers have been observed
	 */
	Instant observedUntil();

}
