package nl.schaduwklant.probes.email;

import java.time.Duration;

import nl.schaduwklant.probes.MysteryMailbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the e-mail probe.
 *
 * @param mailbox the mystery mailbox; the password comes from the environment
 * ({@code SCHADUWKLANT_PROBES_EMAIL_MAILBOX_PASSWORD})
 * @param messageIdDomain the domain of the Message-IDs we own; the mailbox address's
 * domain when absent
 * @param watcher how the mailbox is watched for answers
 * @param maxStoredMessageSize the largest message kept whole as evidence; of a larger one
 * the first part is kept, with the hash and size of the whole
 * @param maxTextLength the most characters of text read from one message
 * @param connectTimeout how long connecting to a mail server may take
 * @param ioTimeout how long one exchange with a mail server may take
 * @param clockSkewAllowance how far the mail server's clock may be ahead of ours; a
 * deadline is closed only this long after every answer before it has been seen
 * @param concurrency how many mystery e-mails this node submits at once (default: the
 * node's capacity, {@code schaduwklant.capacity.contacts})
 */
@ConfigurationProperties("schaduwklant.probes.email")
public record EmailProbeProperties(Mailbox mailbox, String messageIdDomain, Watcher watcher,
		DataSize maxStoredMessageSize, int maxTextLength, Duration connectTimeout, Duration ioTimeout,
		Duration clockSkewAllowance, Integer concurrency) {

	@ConstructorBinding
	public EmailProbeProperties {
		concurrency = (concurrency != null) ? concurrency : 4;
		if (concurrency < 1) {
			throw new IllegalArgumentException(
					"schaduwklant.probes.email.concurrency must be at least 1, not " + concurrency);
		}
		mailbox = (mailbox != null) ? mailbox : new Mailbox(null, null, null, 0, null, 0, null, null, null, null);
		watcher = (watcher != null) ? watcher : new Watcher(null, null, null, null, null, null);
		maxStoredMessageSize = (maxStoredMessageSize != null) ? maxStoredMessageSize : DataSize.ofMegabytes(25);
		maxTextLength = (maxTextLength > 0) ? maxTextLength : 100_000;
		connectTimeout = (connectTimeout != null) ? connectTimeout : Duration.ofSeconds(20);
		ioTimeout = (ioTimeout != null) ? ioTimeout : Duration.ofSeconds(60);
		clockSkewAllowance = (clockSkewAllowance != null) ? clockSkewAllowance : Duration.ofSeconds(2);
	}

	public EmailProbeProperties(Mailbox mailbox, String messageIdDomain, Watcher watcher, DataSize maxStoredMessageSize,
			int maxTextLength, Duration connectTimeout, Duration ioTimeout, Duration clockSkewAllowance) {
		this(mailbox, messageIdDomain, watcher, maxStoredMessageSize, maxTextLength, connectTimeout, ioTimeout,
				clockSkewAllowance, null);
	}

	/**
	 * The mystery mailbox as configured.
	 *
	 * @param address the mystery customer's address
	 * @param displayName the mystery customer's name
	 * @param smtpHost the SMTP submission host
	 * @param smtpPort the SMTP port (587 when absent, 465 with TLS)
	 * @param imapHost the IMAP host (the SMTP host when absent)
	 * @param imapPort the IMAP port (143 when absent, 993 with TLS)
	 * @param security how connections are secured (STARTTLS when absent)
	 * @param user the login (the address when absent)
	 * @param password the password
	 * @param sentFolder the folder for copies of sent messages ("Sent" when absent)
	 */
	public record Mailbox(String address, String displayName, String smtpHost, int smtpPort, String imapHost,
			int imapPort, MysteryMailbox.Security security, String user, String password, String sentFolder) {

		boolean isConfigured() {
			return this.address != null && !this.address.isBlank() && this.smtpHost != null && !this.smtpHost.isBlank();
		}

		MysteryMailbox resolve() {
			MysteryMailbox.Security secured = (this.security != null) ? this.security
					: MysteryMailbox.Security.STARTTLS;
			boolean tls = secured == MysteryMailbox.Security.TLS;
			return new MysteryMailbox(this.address, (this.displayName != null) ? this.displayName : "", this.smtpHost,
					(this.smtpPort > 0) ? this.smtpPort : (tls ? 465 : 587),
					(this.imapHost != null) ? this.imapHost : this.smtpHost,
					(this.imapPort > 0) ? this.imapPort : (tls ? 993 : 143), secured,
					(this.user != null) ? this.user : this.address, this.password,
					(this.sentFolder != null) ? this.sentFolder : "Sent");
		}

	}

	/**
	 * How the mystery mailbox is watched.
	 *
	 * @param enabled whether this node watches the mailbox
	 * @param folder the folder answers arrive in
	 * @param idle whether to use IMAP IDLE where the server supports it
	 * @param pollInterval the wait between checks when not idling
	 * @param idleTimeout the longest one IDLE lasts before the folder is checked anyway
	 * @param reconnectBackoff the wait before reconnecting after a mailbox error
	 */
	public record Watcher(Boolean enabled, String folder, Boolean idle, Duration pollInterval, Duration idleTimeout,
			Duration reconnectBackoff) {

		public Watcher {
			enabled = (enabled != null) ? enabled : Boolean.TRUE;
			folder = (folder != null) ? folder : "INBOX";
			idle = (idle != null) ? idle : Boolean.TRUE;
			pollInterval = (pollInterval != null) ? pollInterval : Duration.ofSeconds(30);
			idleTimeout = (idleTimeout != null) ? idleTimeout : Duration.ofMinutes(5);
			reconnectBackoff = (reconnectBackoff != null) ? reconnectBackoff : Duration.ofSeconds(15);
		}

	}

}
