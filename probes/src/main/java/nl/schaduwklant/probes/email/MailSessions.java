package nl.schaduwklant.probes.email;

import java.util.Properties;

import jakarta.mail.Session;
import nl.schaduwklant.probes.MysteryMailbox;

/**
 * Jakarta Mail sessions for the mystery mailbox, with timeouts on every connection so a
 * silent server can never hang a probe or the watcher.
 */
class MailSessions {

	private final EmailProbeProperties properties;

	MailSessions(EmailProbeProperties properties) {
		this.properties = properties;
	}

	String smtpProtocol(MysteryMailbox mailbox) {
		return (mailbox.security() == MysteryMailbox.Security.TLS) ? "smtps" : "smtp";
	}

	String imapProtocol(MysteryMailbox mailbox) {
		return (mailbox.security() == MysteryMailbox.Security.TLS) ? "imaps" : "imap";
	}

	Session session(MysteryMailbox mailbox) {
		var settings = new Properties();
		String connect = Long.toString(this.properties.connectTimeout().toMillis());
		String io = Long.toString(this.properties.ioTimeout().toMillis());
		for (String protocol : new String[] { smtpProtocol(mailbox), imapProtocol(mailbox) }) {
			String prefix = "mail." + protocol + ".";
			settings.put(prefix + "connectiontimeout", connect);
			settings.put(prefix + "timeout", io);
			settings.put(prefix + "writetimeout", io);
			if (mailbox.security() == MysteryMailbox.Security.STARTTLS) {
				settings.put(prefix + "starttls.enable", "true");
				settings.put(prefix + "starttls.required", "true");
			}
			if (mailbox.security() != MysteryMailbox.Security.NONE) {
				settings.put(prefix + "ssl.checkserveridentity", "true");
			}
		}
		String smtp = "mail." + smtpProtocol(mailbox) + ".";
		settings.put(smtp + "auth", Boolean.toString(mailbox.user() != null));
		String imap = "mail." + imapProtocol(mailbox) + ".";
		settings.put(imap + "fetchsize", Integer.toString(1024 * 1024));
		settings.put(imap + "peek", "true");
		settings.put("mail.mime.address.strict", "false");
		return Session.getInstance(settings);
	}

}
