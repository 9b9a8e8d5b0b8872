package nl.schaduwklant.probes.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A mystery e-mail that keeps the Message-ID we give it: Jakarta Mail would otherwise
 * replace it on {@code saveChanges()}.
 */
class MysteryMessage extends MimeMessage {

	private final String messageId;

	MysteryMessage(Session session, String messageId) {
		super(session);
		this.messageId = messageId;
	}

	@Override
	protected void updateMessageID() throws MessagingException {
		setHeader("Message-ID", this.messageId);
	}

}
