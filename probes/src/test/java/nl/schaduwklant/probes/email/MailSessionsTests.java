package nl.schaduwklant.probes.email;

import java.time.Duration;

import jakarta.mail.Session;
import nl.schaduwklant.probes.MysteryMailbox;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailSessionsTests {

	private final MailSessions sessions = new MailSessions(
			new EmailProbeProperties(null, null, null, null, 0, Duration.ofSeconds(7), Duration.ofSeconds(30), null));

	@Test
	void shouldRequireStartTlsAndCheckTheServerWhenAskedTo() {
		Session session = this.sessions.session(mailbox(MysteryMailbox.Security.STARTTLS));
		assertThat(this.sessions.smtpProtocol(mailbox(MysteryMailbox.Security.STARTTLS))).isEqualTo("smtp");
		assertThat(session.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
		assertThat(session.getProperty("mail.imap.starttls.required")).isEqualTo("true");
		assertThat(session.getProperty("mail.smtp.ssl.checkserveridentity")).isEqualTo("true");
		assertThat(session.getProperty("mail.smtp.auth")).isEqualTo("true");
	}

	@Test
	void shouldUseTlsProtocolsForTls() {
		MysteryMailbox mailbox = mailbox(MysteryMailbox.Security.TLS);
		Session session = this.sessions.session(mailbox);
		assertThat(this.sessions.smtpProtocol(mailbox)).isEqualTo("smtps");
		assertThat(this.sessions.imapProtocol(mailbox)).isEqualTo("imaps");
		assertThat(session.getProperty("mail.imaps.ssl.checkserveridentity")).isEqualTo("true");
	}

	@Test
	void shouldTimeOutEveryConnection() {
		Session session = this.sessions.session(mailbox(MysteryMailbox.Security.NONE));
		assertThat(session.getProperty("mail.smtp.connectiontimeout")).isEqualTo("7000");
		assertThat(session.getProperty("mail.imap.timeout")).isEqualTo("30000");
		assertThat(session.getProperty("mail.imap.writetimeout")).isEqualTo("30000");
		assertThat(session.getProperty("mail.smtp.starttls.enable")).isNull();
	}

	@Test
	void shouldNeverShowThePassword() {
		assertThat(mailbox(MysteryMailbox.Security.TLS).toString()).doesNotContain("s3cret");
	}

	private static MysteryMailbox mailbox(MysteryMailbox.Security security) {
		return new EmailProbeProperties.Mailbox("m@example.nl", "M", "smtp.example.nl", 0, null, 0, security, null,
				"s3cret", null)
			.resolve();
	}

}
