package nl.schaduwklant.probes.email;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import nl.schaduwklant.probes.CapturedContent;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.MysteryMailbox;
import nl.schaduwklant.probes.RecordingStep;
import nl.schaduwklant.probes.ProbeContact;
import nl.schaduwklant.scheduler.AnswerKey;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.Endpoints;
import nl.schaduwklant.scheduler.OpeningHours;
import nl.schaduwklant.scheduler.ProbeScenario;
import nl.schaduwklant.scheduler.ProbeTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mail channel against a real SMTP and IMAP server.
 */
class EmailProbeTests {

	private static final String MYSTERY = "marieke.devries@schaduwklant.test";

	private static final String ORGANISATION = "klantenservice@bank-zuid.example";

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

	private final InMemoryEvidenceStore evidence = new InMemoryEvidenceStore();

	private final EmailProbeProperties properties = new EmailProbeProperties(null, "schaduwklant.test", null, null, 0,
			Duration.ofSeconds(5), Duration.ofSeconds(10), null);

	@BeforeEach
	void mailboxes() {
		greenMail.setUser(MYSTERY, MYSTERY, "geheim");
		greenMail.setUser(ORGANISATION, ORGANISATION, "anders");
		greenMail.getUserManager().setAuthRequired(true);
	}

	@Test
	void shouldSendACustomerLikeMessageCarryingTheProbeAndTimeItsAcceptance() throws Exception {
		UUID probe = UUID.randomUUID();
		Instant before = Instant.now();
		RecordingStep step = new RecordingStep();
		ContactResult result = probe(mailbox("geheim")).contact(contact(probe), step);
		Instant after = Instant.now();

		assertThat(step.marks()).as("marked before the message was handed over")
			.containsExactly("handing the e-mail to the SMTP server 127.0.0.1:" + greenMail.getSmtp().getPort());

		assertThat(result).isInstanceOfSatisfying(ContactResult.Contacted.class, (contacted) -> {
			assertThat(contacted.contactedAt()).isBetween(before, after);
			assertThat(contacted.clock()).isEqualTo("PROBE_CLOCK");
			assertThat(contacted.detail()).contains("<sk." + probe + ".1@schaduwklant.test>").contains("250");
			assertThat(this.evidence.load(contacted.evidenceId()).ref().probeId()).isEqualTo(probe);
		});
		MimeMessage received = inboxOfOrganisation().get(0);
		assertThat(received.getMessageID()).isEqualTo("<sk." + probe + ".1@schaduwklant.test>");
		assertThat(received.getSubject()).isEqualTo("Vraag over mijn aanvraag [SK-7Q2X9]");
		assertThat(received.getHeader("Auto-Submitted")).isNull();
		assertThat(received.getHeader("Precedence")).isNull();
		assertThat(received.getHeader("List-Unsubscribe")).isNull();
		assertThat(received.getFrom()[0].toString()).isEqualTo("Marieke de Vries <" + MYSTERY + ">");
		assertThat((String) received.getContent()).contains("Binnen hoeveel werkdagen");

		var raw = new ByteArrayOutputStream();
		received.writeTo(raw);
		ContactResult.Contacted contacted = (ContactResult.Contacted) result;
		assertThat(this.evidence.load(contacted.evidenceId()).content()).isNotEmpty();
		assertThat(CapturedContent.of(this.evidence.load(contacted.evidenceId()).content()).sha256())
			.isEqualTo(this.evidence.load(contacted.evidenceId()).ref().sha256());
	}

	@Test
	void shouldFindASentMessageInTheSentFolderWhenReconciling() throws Exception {
		UUID probe = UUID.randomUUID();
		EmailProbe email = probe(mailbox("geheim"));
		email.contact(contact(probe), new RecordingStep());
		assertThat(email.reconcile(contact(probe))).isInstanceOfSatisfying(ContactResult.Contacted.class, (found) -> {
			assertThat(found.clock()).isEqualTo(EmailProbe.SENT_FOLDER_COPY);
			assertThat(found.detail()).startsWith("reconciled");
		});
		assertThat(email.reconcile(contact(UUID.randomUUID()))).isInstanceOf(ContactResult.Uncertain.class);
		assertThat(inboxOfOrganisation()).hasSize(1);
	}

	@Test
	void shouldTimeAReconciledMessageByTheDateItWasWrittenEvenAtTwelveOClock() throws Exception {
		// a server that reads the copy's date with a 12-hour clock files 12:34 as 00:34
		Instant written = Instant.parse("2026-12-02T12:34:56Z");
		UUID probe = UUID.randomUUID();
		EmailProbe email = probe(mailbox("geheim"), Clock.fixed(written, java.time.ZoneOffset.UTC));
		email.contact(contact(probe), new RecordingStep());
		assertThat(email.reconcile(contact(probe))).isInstanceOfSatisfying(ContactResult.Contacted.class,
				(found) -> assertThat(found.contactedAt()).isEqualTo(written));
	}

	@Test
	void shouldFailRetryablyWhenTheMailboxRefusesItsLogin() throws Exception {
		RecordingStep step = new RecordingStep();
		ContactResult result = probe(mailbox("verkeerd")).contact(contact(UUID.randomUUID()), step);
		assertThat(step.marked()).as("a refused login comes before the irreversible step").isFalse();
		assertThat(result).isInstanceOfSatisfying(ContactResult.Failed.class, (failed) -> {
			assertThat(failed.retryable()).isTrue();
			assertThat(failed.reason()).contains("refused the mailbox login");
		});
		assertThat(inboxOfOrganisation()).isEmpty();
	}

	@Test
	void shouldFailRetryablyWhenTheServerCannotBeReached() {
		MysteryMailbox unreachable = new MysteryMailbox(MYSTERY, "Marieke de Vries", "127.0.0.1", 1, "127.0.0.1", 1,
				MysteryMailbox.Security.NONE, MYSTERY, "geheim", "Sent");
		RecordingStep step = new RecordingStep();
		ContactResult result = probe(unreachable).contact(contact(UUID.randomUUID()), step);
		assertThat(step.marked()).isFalse();
		assertThat(result).isInstanceOfSatisfying(ContactResult.Failed.class, (failed) -> {
			assertThat(failed.retryable()).isTrue();
			assertThat(failed.reason()).contains("cannot connect to the SMTP server 127.0.0.1:1");
		});
		assertThat(probe(unreachable).reconcile(contact(UUID.randomUUID())))
			.isInstanceOfSatisfying(ContactResult.Failed.class, (failed) -> assertThat(failed.retryable()).isTrue());
	}

	@Test
	void shouldFailLoudlyWithoutAMailbox() {
		var email = new EmailProbe(Optional.empty(), new MailSessions(this.properties), null, null, null, this.evidence,
				null, this.properties);
		assertThat(email.contact(contact(UUID.randomUUID()), new RecordingStep())).isInstanceOfSatisfying(
				ContactResult.Failed.class,
				(failed) -> assertThat(failed.reason()).contains("no mystery mailbox is configured"));
		assertThat(email.observedUntil()).as("nothing observed, so no deadline may be closed").isEmpty();
		assertThat(email.unavailable()).as("said before any contact is tried")
			.contains(nl.schaduwklant.probes.MysteryMailbox.NOT_CONFIGURED);
	}

	private static List<MimeMessage> inboxOfOrganisation() throws Exception {
		var user = greenMail.getUserManager().getUserByEmail(ORGANISATION);
		return greenMail.getManagers()
			.getImapHostManager()
			.getInbox(user)
			.getMessages()
			.stream()
			.map((stored) -> stored.getMimeMessage())
			.toList();
	}

	private EmailProbe probe(MysteryMailbox mailbox) {
		return probe(mailbox, Clock.systemUTC());
	}

	private EmailProbe probe(MysteryMailbox mailbox, Clock clock) {
		var sessions = new MailSessions(this.properties);
		return new EmailProbe(Optional.of(mailbox), sessions, new MysteryMessageComposer("schaduwklant.test", clock),
				new SmtpSubmitter(sessions, clock), new SentFolder(sessions), this.evidence, null, this.properties);
	}

	private static MysteryMailbox mailbox(String password) {
		return new MysteryMailbox(MYSTERY, "Marieke de Vries", "127.0.0.1", greenMail.getSmtp().getPort(), "127.0.0.1",
				greenMail.getImap().getPort(), MysteryMailbox.Security.NONE, MYSTERY, password, "Sent");
	}

	private static ProbeContact contact(UUID probe) {
		return new ProbeContact(probe, "SK-7Q2X9", Channel.EMAIL,
				new ProbeTarget(UUID.randomUUID(), "Bank Zuid", "Financials", new Endpoints(ORGANISATION),
						OpeningHours.officeHours(), List.of()),
				new ProbeScenario(UUID.randomUUID(), "Behandeltermijn", "Vraag over mijn aanvraag",
						"Goedemiddag,\n\nBinnen hoeveel werkdagen kan ik een reactie verwachten?",
						new AnswerKey(List.of())),
				1, Duration.ofDays(7));
	}

}
