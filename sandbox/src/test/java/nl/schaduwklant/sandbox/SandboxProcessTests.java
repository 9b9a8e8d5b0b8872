package nl.schaduwklant.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.schaduwklant.probes.MysteryMailbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox as its own process: only its servers, its connection in
 * {@code sandbox.json}, and every contact on disk as it is received.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxProcessTests {

	@TempDir
	static Path dataDir;

	private SandboxProcess.Running sandbox;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void start() {
		this.sandbox = SandboxProcess.start(new String[] { "--mail-smtp-port=0", "--mail-imap-port=0", "--web-port=0",
				"--data-dir=" + dataDir, "--mystery-password=geheim" });
	}

	@AfterAll
	void stop() {
		this.sandbox.close();
	}

	@Test
	void shouldWriteTheConnectionAnApplicationNodeNeeds() {
		SandboxConnection written = SandboxConnection.read(dataDir.resolve("sandbox.json"));

		assertThat(written).isEqualTo(this.sandbox.connection());
		assertThat(written.smtpHost()).isEqualTo("127.0.0.1");
		assertThat(written.smtpPort()).isPositive();
		assertThat(written.imapPort()).isPositive().isNotEqualTo(written.smtpPort());
		assertThat(written.webBaseUrl()).startsWith("http://127.0.0.1:");
		MysteryMailbox mailbox = written.mysteryMailbox();
		assertThat(mailbox.address()).isEqualTo("marieke.devries@schaduwklant.test");
		assertThat(mailbox.password()).isEqualTo("geheim");
		assertThat(written.sites()
			.endpointsOf(SandboxCatalogue.organisation("boekhandel-pagina").orElseThrow())
			.contactForm()
			.pageUrl()).isEqualTo(written.webBaseUrl() + "/form/boekhandel-pagina");
	}

	@Test
	void shouldRecordEveryMysteryEmailAnOrganisationReceivesOnDisk() throws Exception {
		SandboxConnection connection = this.sandbox.connection();
		Properties settings = new Properties();
		settings.put("mail.smtp.host", connection.smtpHost());
		settings.put("mail.smtp.port", Integer.toString(connection.smtpPort()));
		for (int i = 0; i < 2; i++) {
			MimeMessage message = new MimeMessage(Session.getInstance(settings));
			message.setFrom(new InternetAddress(connection.mysteryAddress()));
			message.setRecipient(Message.RecipientType.TO, new InternetAddress("klantenservice@bank-zuid.example"));
			message.setSubject("Vraag over de behandeling van mijn aanvraag [SK-MAIL1]");
			message.setText("Goedemiddag");
			Transport.send(message);
		}

		assertThat(Contacts.perToken(Contacts.read(dataDir), ContactKind.EMAIL)).containsEntry("SK-MAIL1", 2L);
	}

	@Test
	void shouldRecordEveryChatQuestionAndFormSubmissionOnDisk() throws Exception {
		String base = this.sandbox.connection().webBaseUrl();
		HttpResponse<String> chat = this.http
			.send(HttpRequest.newBuilder(URI.create(base + "/chat/telecom-golf/conversation"))
				.POST(HttpRequest.BodyPublishers.ofString("Hoe wijzig ik mijn adres? SK-CHAT1"))
				.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> form = this.http.send(HttpRequest.newBuilder(URI.create(base + "/form/boekhandel-pagina"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("naam=Marieke&email=m%40example.nl&onderwerp=Adres+%5BSK-FORM1%5D&vraag=Hoe%3F&akkoord=ja"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(List.of(chat.statusCode(), form.statusCode())).containsOnly(200);
		List<Contact> contacts = Contacts.read(dataDir);
		assertThat(Contacts.perToken(contacts, ContactKind.CHAT)).containsEntry("SK-CHAT1", 1L);
		assertThat(Contacts.perToken(contacts, ContactKind.CONTACT_FORM)).isEqualTo(Map.of("SK-FORM1", 1L));
	}

}
