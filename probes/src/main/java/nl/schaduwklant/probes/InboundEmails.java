package nl.schaduwklant.probes;

import java.util.Optional;

/**
 * Reads raw e-mail the way the e-mail probe does, without recording anything: for
 * consultants who want to understand a surprising measurement.
 */
public interface InboundEmails {

	/**
	 * @param raw the raw message (RFC 5322, as in an .eml file)
	 * @return what the probe reads in it
	 */
	EmailReading read(byte[] raw);

	/**
	 * @param reading a read message
	 * @return the probe it would be matched to, if any
	 */
	Optional<ReplyMatch> match(EmailReading reading);

}
