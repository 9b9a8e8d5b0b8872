package nl.schaduwklant;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import nl.schaduwklant.probes.CapturedContent;
import nl.schaduwklant.probes.Evidence;
import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.MysteryMailbox;
import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.probes.UnmatchedReplies;
import nl.schaduwklant.probes.UnmatchedReply;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.scheduler.CampaignDetails;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mystery mailbox receives what it receives: huge messages, broken ones, mail for no
 * probe. Each is recorded with its raw MIME and SHA-256, nothing stops the watcher, and
 * the answers that follow are still measured.
 */
@SchaduwklantTest
class MysteryMailboxTests {

	@Autowired
	private CampaignRunner runner;

	@Autowired
	private MysteryMailbox mailbox;

	@Autowired
	private UnmatchedReplies unmatched;

	@Autowired
	private EvidenceStore evidence;

	@Autowired
	private ProbeRuns probes;

	@Test
	void shouldRecordAHugeAndABrokenMessageAndGoOnMeasuring() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		MimeMessage huge = huge("Offerte " + marker, 15 * 1024 * 1024);
		send(huge);
		send(new MimeMessage(session(), new ByteArrayInputStream(brokenCharset("Antwoord " + marker))));
		CampaignDetails campaign = this.runner.start("Na grote berichten " + marker,
				List.of(SandboxCatalogue.organisations().get(14)), List.of(SandboxCatalogue.scenarios().get(1)),
				Duration.ofSeconds(20));
		this.runner.awaitSettled(campaign, Duration.ofSeconds(60));

		ProbeSummary probe = this.probes.byCampaign(campaign.id()).get(0);
		assertThat(probe.state()).isEqualTo(ProbeState.SCORED);
		assertThat(probe.outcome()).isEqualTo(ProbeOutcome.RESPONDED);

		List<UnmatchedReply> kept = this.unmatched.list()
			.stream()
			.filter((reply) -> reply.subject() != null && reply.subject().endsWith(marker))
			.toList();
		assertThat(kept).hasSize(2);
		UnmatchedReply big = kept.stream()
			.filter((reply) -> reply.subject().startsWith("Offerte"))
			.findFirst()
			.orElseThrow();
		assertThat(big.size()).as("a 20 MB message").isGreaterThan(20L * 1024 * 1024);
		Evidence raw = this.evidence.load(big.evidenceId());
		assertThat(raw.ref().truncated()).isFalse();
		assertThat(raw.content()).hasSize((int) big.size());
		assertThat(CapturedContent.of(raw.content()).sha256()).isEqualTo(big.sha256()).isEqualTo(raw.ref().sha256());

		UnmatchedReply broken = kept.stream()
			.filter((reply) -> reply.subject().startsWith("Antwoord"))
			.findFirst()
			.orElseThrow();
		assertThat(broken.status()).isEqualTo("UNMATCHED");
		assertThat(broken.detail()).contains("unknown charset \"x-gemeente-8bit\"");
	}

	private MimeMessage huge(String subject, int attachmentBytes) throws MessagingException {
		MimeMessage message = new MimeMessage(session());
		message.setFrom(new InternetAddress("inkoop@onbekend.example"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(this.mailbox.address()));
		message.setSubject(subject);
		var text = new MimeBodyPart();
		text.setText("Zie bijlage.", "UTF-8");
		var attachment = new MimeBodyPart();
		byte[] content = new byte[attachmentBytes];
		new java.util.Random(7).nextBytes(content);
		attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(content, "application/pdf")));
		attachment.setFileName("offerte.pdf");
		message.setContent(new MimeMultipart(text, attachment));
		message.saveChanges();
		return message;
	}

	private byte[] brokenCharset(String subject) {
		String headers = "From: Gemeente Waterdam <info@gemeente-waterdam.example>\r\nTo: " + this.mailbox.address()
				+ "\r\nSubject: " + subject + "\r\nMessage-ID: <" + UUID.randomUUID()
				+ "@gemeente-waterdam.example>\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: text/plain; charset=\"x-gemeente-8bit\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
		byte[] head = headers.getBytes(StandardCharsets.US_ASCII);
		byte[] body = "Beste mevrouw, wij zijn ge\u00efnteresseerd.\r\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] raw = new byte[head.length + body.length];
		System.arraycopy(head, 0, raw, 0, head.length);
		System.arraycopy(body, 0, raw, head.length, body.length);
		return raw;
	}

	private void send(MimeMessage message) throws MessagingException {
		try (Transport transport = session().getTransport("smtp")) {
			transport.connect(this.mailbox.smtpHost(), this.mailbox.smtpPort(), null, null);
			transport.sendMessage(message, new InternetAddress[] { new InternetAddress(this.mailbox.address()) });
		}
	}

	private static Session session() {
		return Session.getInstance(new Properties());
	}

}
