package nl.schaduwklant.probes.email;

import java.time.Instant;
import java.util.Optional;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.MessageIDTerm;
import nl.schaduwklant.probes.MysteryMailbox;

/**
 * The mystery mailbox's Sent folder: a copy of every mystery e-mail is kept there, so a
 * probe found in SENDING after a restart can be checked without contacting anyone again.
 */
class SentFolder {

	private final MailSessions sessions;

	SentFolder(MailSessions sessions) {
		this.sessions = sessions;
	}

	void keepCopy(Session session, MysteryMailbox mailbox, MimeMessage message) throws MessagingException {
		try (Store store = connect(session, mailbox)) {
			Folder folder = store.getFolder(mailbox.sentFolder());
			ensureExists(folder);
			folder.appendMessages(new Message[] { message });
		}
	}

	/**
	 * Creates the folder if it is missing; one contact at a time, so that concurrent
	 * contacts do not race to create it.
	 * @param folder the folder
	 * @throws MessagingException when it cannot be created
	 */
	private synchronized void ensureExists(Folder folder) throws MessagingException {
		if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
			throw new MessagingException("cannot create folder " + folder.getFullName());
		}
	}

	/**
	 * @param session the session
	 * @param mailbox the mailbox
	 * @param messageId the Message-ID of the mystery e-mail
	 * @return when the copy was made (the {@code Date} we wrote in it, else its
	 * INTERNALDATE), if there is a copy
	 * @throws MessagingException when the mailbox cannot be searched
	 */
	Optional<Instant> find(Session session, MysteryMailbox mailbox, String messageId) throws MessagingException {
		try (Store store = connect(session, mailbox)) {
			Folder folder = store.getFolder(mailbox.sentFolder());
			if (!folder.exists()) {
				return Optional.empty();
			}
			folder.open(Folder.READ_ONLY);
			try {
				for (Message copy : folder.search(new MessageIDTerm(messageId))) {
					String[] ids = copy.getHeader("Message-ID");
					if (ids != null && ids.length > 0 && ids[0].strip().equalsIgnoreCase(messageId)) {
						// the Date we wrote, which JavaMail also sent as the copy's
						// INTERNALDATE:
						// read back as INTERNALDATE it is at the server's mercy
						// (GreenMail
						// parses 12:xx as 00:xx)
						java.util.Date written = copy.getSentDate();
						return Optional.of(((written != null) ? written : copy.getReceivedDate()).toInstant());
					}
				}
				return Optional.empty();
			}
			finally {
				folder.close(false);
			}
		}
	}

	private Store connect(Session session, MysteryMailbox mailbox) throws MessagingException {
		Store store = session.getStore(this.sessions.imapProtocol(mailbox));
		store.connect(mailbox.imapHost(), mailbox.imapPort(), mailbox.user(), mailbox.password());
		return store;
	}

}
