package nl.schaduwklant.probes;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The mailbox the mystery customer writes from and receives answers in.
 *
 * @param address the mystery customer's e-mail address
 * @param displayName the mystery customer's name
 * @param smtpHost the SMTP submission host
 * @param smtpPort the SMTP submission port
 * @param imapHost the IMAP host
 * @param imapPort the IMAP port
 * @param security how connections are secured
 * @param user the login
 * @param password the password (from the environment; never logged)
 * @param sentFolder the IMAP folder copies of sent messages are kept in
 */
public record MysteryMailbox(String address, String displayName, String smtpHost, int smtpPort, String imapHost,
		int imapPort, Security security, String user, String password, String sentFolder) {

	/** Why e-mail and contact-form probes cannot work on a node without a mailbox. */
	public static final MessageSourceResolvable NOT_CONFIGURED = new DefaultMessageSourceResolvable(
			new String[] { "probes.email.noMailbox" },
			"no mystery mailbox is configured (schaduwklant.probes.email.mailbox)");

	/**
	 * How connections to the mail servers are secured.
	 */
	public enum Security {

		/** Plain connections (only for a local test server). */
		NONE,

		/** Plain connections upgraded with STARTTLS, which is required. */
		STARTTLS,

		/** TLS from the start (SMTPS, IMAPS). */
		TLS

	}

	/**
	 * A stable key for this mailbox, for checkpoints: its login at its IMAP host.
	 * @return the key
	 */
	public String key() {
		return this.user + "@" + this.imapHost + ":" + this.imapPort;
	}

	@Override
	public String toString() {
		return "MysteryMailbox[" + this.address + " via " + this.smtpHost + ":" + this.smtpPort + " / " + this.imapHost
				+ ":" + this.imapPort + " (" + this.security + "), user " + this.user + "]";
	}

}
