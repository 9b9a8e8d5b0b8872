package nl.schaduwklant.probes.email;

import java.time.Clock;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import nl.schaduwklant.probes.IrreversibleStep;
import nl.schaduwklant.probes.MysteryMailbox;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Submits a mystery e-mail over SMTP and tells apart what matters for a probe: accepted
 * (and when), certainly not accepted, or unknown.
 */
class SmtpSubmitter {

	private final MailSessions sessions;

	private final Clock clock;

	SmtpSubmitter(MailSessions sessions, Clock clock) {
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * @param session the mail session
	 * @param mailbox the mystery mailbox
	 * @param message the message
	 * @param step marked once connected and logged in, right before the message is handed
	 * over
	 * @return what became of the message
	 */
	Submission submit(Session session, MysteryMailbox mailbox, MimeMessage message, IrreversibleStep step) {
		Transport transport;
		try {
			transport = session.getTransport(this.sessions.smtpProtocol(mailbox));
			transport.connect(mailbox.smtpHost(), mailbox.smtpPort(), mailbox.user(), mailbox.password());
		}
		catch (AuthenticationFailedException ex) {
			return new Submission.NotAccepted("the SMTP server " + where(mailbox) + " refused the mailbox login", true);
		}
		catch (MessagingException ex) {
			return new Submission.NotAccepted("cannot connect to the SMTP server " + where(mailbox) + ": " + ex, true);
		}
		try {
			step.mark("handing the e-mail to the SMTP server " + where(mailbox));
		}
		catch (RuntimeException ex) {
			close(transport);
			throw ex;
		}
		try {
			transport.sendMessage(message, message.getAllRecipients());
			return new Submission.Accepted(this.clock.instant(), lastResponse(transport));
		}
		catch (SendFailedException ex) {
			int code = returnCode(ex);
			return new Submission.NotAccepted("the SMTP server " + where(mailbox) + " refused the message"
					+ ((code > 0) ? " (" + code + ")" : "") + ": " + ex.getMessage(), code >= 400 && code < 500);
		}
		catch (MessagingException ex) {
			return new Submission.Unknown("the connection to the SMTP server " + where(mailbox)
					+ " failed while the message was being submitted: " + ex);
		}
		finally {
			close(transport);
		}
	}

	private static int returnCode(SendFailedException ex) {
		if (ex instanceof SMTPSendFailedException failed) {
			return failed.getReturnCode();
		}
		Exception next = ex.getNextException();
		while (next != null) {
			if (next instanceof SMTPAddressFailedException address) {
				return address.getReturnCode();
			}
			if (next instanceof SMTPSendFailedException failed) {
				return failed.getReturnCode();
			}
			next = (next instanceof MessagingException messaging) ? messaging.getNextException() : null;
		}
		return 0;
	}

	private static String lastResponse(Transport transport) {
		return (transport instanceof SMTPTransport smtp) ? smtp.getLastServerResponse().strip() : "accepted";
	}

	private static String where(MysteryMailbox mailbox) {
		return mailbox.smtpHost() + ":" + mailbox.smtpPort();
	}

	private static void close(Transport transport) {
		try {
			transport.close();
		}
		catch (MessagingException ex) {
			// the message was already accepted or refused; a failing QUIT changes nothing
		}
	}

}
