package nl.schaduwklant.probes.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import nl.schaduwklant.probes.CapturedContent;
import nl.schaduwklant.probes.ChannelProbe;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.EvidenceKind;
import nl.schaduwklant.probes.EvidenceRef;
import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.IrreversibleStep;
import nl.schaduwklant.probes.MysteryMailbox;
import nl.schaduwklant.probes.ProbeContact;
import nl.schaduwklant.probes.internal.Clocks;
import nl.schaduwklant.scheduler.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSourceResolvable;

/**
 * The e-mail channel: sends the mystery e-mail over SMTP (the sent instant is the moment
 * the server accepts it), keeps a copy in the Sent folder, and leaves the waiting to the
 * mailbox watcher.
 */
class EmailProbe implements ChannelProbe {

	/** The clock of a sent instant taken from the Sent-folder copy's INTERNALDATE. */
	static final String SENT_FOLDER_COPY = "SENT_FOLDER_COPY";

	private static final Logger log = LoggerFactory.getLogger(EmailProbe.class);

	private final Optional<MysteryMailbox> mailbox;

	private final MailSessions sessions;

	private final MysteryMessageComposer composer;

	private final SmtpSubmitter submitter;

	private final SentFolder sentFolder;

	private final EvidenceStore evidence;

	private final MailboxCheckpoints checkpoints;

	private final EmailProbeProperties properties;

	EmailProbe(Optional<MysteryMailbox> mailbox, MailSessions sessions, MysteryMessageComposer composer,
			SmtpSubmitter submitter, SentFolder sentFolder, EvidenceStore evidence, MailboxCheckpoints checkpoints,
			EmailProbeProperties properties) {
		this.mailbox = mailbox;
		this.sessions = sessions;
		this.composer = composer;
		this.submitter = submitter;
		this.sentFolder = sentFolder;
		this.evidence = evidence;
		this.checkpoints = checkpoints;
		this.properties = properties;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public int concurrency() {
		return this.properties.concurrency();
	}

	@Override
	public Optional<MessageSourceResolvable> unavailable() {
		return this.mailbox.isPresent() ? Optional.empty() : Optional.of(MysteryMailbox.NOT_CONFIGURED);
	}

	@Override
	public ContactResult contact(ProbeContact contact, IrreversibleStep step) {
		if (this.mailbox.isEmpty()) {
			return new ContactResult.Failed("no mystery mailbox is configured (schaduwklant.probes.email.mailbox)",
					true);
		}
		MysteryMailbox box = this.mailbox.get();
		Session session = this.sessions.session(box);
		MimeMessage message;
		EvidenceRef sent;
		try {
			message = this.composer.compose(session, box, contact);
			sent = this.evidence.store(contact.probeId(), EvidenceKind.SENT_MESSAGE, "message/rfc822",
					CapturedContent.of(raw(message)));
		}
		catch (MessagingException ex) {
			return new ContactResult.Failed("the mystery e-mail could not be composed: " + ex.getMessage(), false);
		}
		Submission submission = this.submitter.submit(session, box, message, step);
		if (submission instanceof Submission.Accepted accepted) {
			keepCopy(session, box, message);
			return new ContactResult.Contacted(accepted.at(), Clocks.PROBE_CLOCK,
					"Message-ID " + this.composer.messageId(box, contact) + " accepted by " + box.smtpHost() + ":"
							+ box.smtpPort() + " (" + accepted.serverResponse() + ")",
					sent.id());
		}
		if (submission instanceof Submission.NotAccepted refused) {
			return new ContactResult.Failed(refused.reason(), refused.retryable());
		}
		return new ContactResult.Uncertain(((Submission.Unknown) submission).reason());
	}

	@Override
	public ContactResult reconcile(ProbeContact contact) {
		if (this.mailbox.isEmpty()) {
			return new ContactResult.Failed("no mystery mailbox is configured", true);
		}
		MysteryMailbox box = this.mailbox.get();
		String messageId = this.composer.messageId(box, contact);
		try {
			Optional<Instant> copy = this.sentFolder.find(this.sessions.session(box), box, messageId);
			if (copy.isPresent()) {
				return new ContactResult.Contacted(copy.get(), SENT_FOLDER_COPY,
						"reconciled: " + messageId + " found in folder " + box.sentFolder(), null);
			}
			return new ContactResult.Uncertain("the probe was interrupted while sending and " + messageId
					+ " is not in folder " + box.sentFolder() + ": it may or may not have reached the organisation");
		}
		catch (MessagingException ex) {
			return new ContactResult.Failed("the Sent folder could not be searched: " + ex, true);
		}
	}

	@Override
	public Optional<Instant> observedUntil() {
		if (this.mailbox.isEmpty()) {
			return Optional.empty();
		}
		return this.checkpoints.scannedUntil(this.mailbox.get().key(), this.properties.watcher().folder())
			.map((until) -> until.minus(this.properties.clockSkewAllowance()));
	}

	private void keepCopy(Session session, MysteryMailbox box, MimeMessage message) {
		try {
			this.sentFolder.keepCopy(session, box, message);
		}
		catch (MessagingException ex) {
			log.warn("Sent mystery e-mail could not be copied to {} of {}: {}", box.sentFolder(), box.key(),
					ex.toString());
		}
	}

	private static byte[] raw(MimeMessage message) throws MessagingException {
		try {
			var out = new ByteArrayOutputStream();
			message.writeTo(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new MessagingException("cannot write the message", ex);
		}
	}

}
