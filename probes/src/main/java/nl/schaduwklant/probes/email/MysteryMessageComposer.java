package nl.schaduwklant.probes.email;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.schaduwklant.probes.MysteryMailbox;
import nl.schaduwklant.probes.ProbeContact;

/**
 * Writes a mystery e-mail the way a customer would: plain text, no
 * {@code Auto-Submitted}, {@code Precedence} or bulk headers (they suppress the automatic
 * acknowledgement we measure), a Message-ID we own that carries the probe id, and the
 * probe's token in the subject.
 */
class MysteryMessageComposer {

	private final String messageIdDomain;

	private final Clock clock;

	MysteryMessageComposer(String messageIdDomain, Clock clock) {
		this.messageIdDomain = messageIdDomain;
		this.clock = clock;
	}

	MimeMessage compose(Session session, MysteryMailbox mailbox, ProbeContact contact) throws MessagingException {
		MimeMessage message = new MysteryMessage(session, messageId(mailbox, contact));
		message.setFrom(address(mailbox.address(), mailbox.displayName()));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(contact.target().endpoints().email()));
		message.setSubject(contact.subjectWithToken(), StandardCharsets.UTF_8.name());
		message.setText(contact.scenario().body(), StandardCharsets.UTF_8.name());
		message.setSentDate(Date.from(this.clock.instant()));
		message.saveChanges();
		return message;
	}

	String messageId(MysteryMailbox mailbox, ProbeContact contact) {
		String domain = (this.messageIdDomain != null && !this.messageIdDomain.isBlank()) ? this.messageIdDomain
				: mailbox.address().substring(mailbox.address().lastIndexOf('@') + 1);
		return ProbeMessageIds.of(contact.probeId(), contact.attempt(), domain);
	}

	private static InternetAddress address(String address, String name) throws MessagingException {
		try {
			return (name == null || name.isBlank()) ? new InternetAddress(address)
					: new InternetAddress(address, name, StandardCharsets.UTF_8.name());
		}
		catch (UnsupportedEncodingException ex) {
			throw new MessagingException("UTF-8 is not supported", ex);
		}
	}

}
