package nl.schaduwklant.probes.email;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import nl.schaduwklant.probes.EmailReading;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads realistic raw replies the way the e-mail probe does.
 */
class EmailReaderTests {

	private static final UUID PROBE = UUID.fromString("3f2b8c1e-9a4d-4e2f-8b6a-1c2d3e4f5a6b");

	private final EmailReader reader = new EmailReader(100_000, "marieke.devries@schaduwklant.test");

	@Test
	void shouldReadOutlookReplyWithoutItsDutchHistoryBlock() {
		EmailReading reading = read("outlook-nl-reply.eml");
		assertThat(reading.referencedProbeIds()).containsExactly(PROBE);
		assertThat(reading.tokens()).containsExactly("SK-7Q2X9");
		assertThat(reading.autoReply()).isFalse();
		assertThat(reading.textSource()).isEqualTo("text/plain");
		assertThat(reading.fromAddress()).isEqualTo("klantenservice@bank-zuid.example");
		assertThat(reading.newText()).isEqualTo(
				"""
						Beste mevrouw De Vries,

						Hartelijk dank voor uw e-mail. Uw aanvraag wordt binnen vijf werkdagen behandeld. Als het dringend is, kunt u ons bellen op 088-1110001.""");
		assertThat(reading.signature()).isEqualTo("Met vriendelijke groet,\n\nSanne Bakker\nKlantenservice Bank Zuid");
		assertThat(reading.warnings()).isEmpty();
	}

	@Test
	void shouldReadGmailReplyWithAttributionWrappedOverTwoLines() {
		EmailReading reading = read("gmail-nl-reply.eml");
		assertThat(reading.referencedProbeIds()).containsExactly(PROBE);
		assertThat(reading.newText())
			.isEqualTo("Beste mevrouw De Vries,\n\nUw aanvraag wordt binnen vijf werkdagen behandeld.");
		assertThat(reading.signature()).endsWith("Daan Visser\nKlantenservice Spaarbank Noord");
		assertThat(reading.newText() + reading.signature()).doesNotContain("schreef", "Goedemiddag", ">");
	}

	@Test
	void shouldReadAppleMailReplyAndKeepSentFromLineInSignature() {
		EmailReading reading = read("apple-mail-nl-reply.eml");
		assertThat(reading.referencedProbeIds())
			.containsExactly(UUID.fromString("0b7a8c9d-1e2f-4a5b-9c6d-7e8f9a0b1c2d"));
		assertThat(reading.newText()).isEqualTo(
				"""
						Beste mevrouw De Vries,

						U kunt uw adres zelf wijzigen via Mijn Omgeving op onze website. De wijziging wordt binnen twee werkdagen verwerkt. Daarna ontvangt u een bevestiging per e-mail.""");
		assertThat(reading.signature()).startsWith("Met vriendelijke groet,").contains("Verstuurd vanaf mijn iPad");
		assertThat(reading.signature()).doesNotContain("het volgende geschreven", "Ik ben onlangs verhuisd");
	}

	@Test
	void shouldTurnHtmlOnlyReplyIntoTextWithoutScriptsOrQuotedHistory() {
		EmailReading reading = read("html-only-reply.eml");
		assertThat(reading.textSource()).isEqualTo("text/html");
		assertThat(reading.newText()).isEqualTo(
				"Beste mevrouw De Vries,\n\nUw aanvraag wordt binnen vijf werkdagen behandeld.\nBellen kan op 088-1110003.");
		assertThat(reading.signature())
			.isEqualTo("Met vriendelijke groet,\nLotte Smit\nKlantenservice Verzekeraar Delta");
		assertThat(reading.newText() + reading.signature()).doesNotContain("document", "evil", "alert", "<",
				"Goedemiddag", "font-family");
		assertThat(reading.tokens()).containsExactly("SK-9KQ3T");
	}

	@Test
	void shouldDecodeQuotedPrintableLatin1AndDropOriginalMessageBlock() {
		EmailReading reading = read("qp-latin1-reply.eml");
		assertThat(reading.newText()).isEqualTo(
				"""
						Beste mevrouw De Vries,

						Wij hopen u hiermee voldoende te hebben geïnformeerd over de adreswijziging. Een bevestiging volgt per post, na controle door onze medewerker Renée.""");
		assertThat(reading.signature())
			.isEqualTo("Met vriendelijke groet,\n\nAnna Hendriks\nKlantenservice Boekhandel Pagina");
		assertThat(reading.tokens()).containsExactly("SK-2M5PX");
		assertThat(reading.warnings()).isEmpty();
	}

	@Test
	void shouldRecogniseAutoReplyByRfc3834Headers() {
		EmailReading reading = read("auto-reply-rfc3834.eml");
		assertThat(reading.autoReply()).isTrue();
		assertThat(reading.autoReplyReasons()).contains("Auto-Submitted: auto-replied", "X-Autoreply: yes");
		assertThat(reading.referencedProbeIds()).containsExactly(PROBE);
	}

	@Test
	void shouldRecogniseTicketAcknowledgementWithoutAnyAutoReplyHeaderBySubject() {
		EmailReading reading = read("auto-reply-headerless.eml");
		assertThat(reading.autoReply()).isTrue();
		assertThat(reading.autoReplyReasons()).singleElement().asString().contains("Wij hebben uw bericht ontvangen");
		assertThat(reading.referencedProbeIds())
			.containsExactly(UUID.fromString("5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f"));
	}

	@Test
	void shouldRecogniseEnglishOutOfOffice() {
		EmailReading reading = read("english-out-of-office.eml");
		assertThat(reading.autoReply()).isTrue();
		assertThat(reading.autoReplyReasons()).anySatisfy((reason) -> assertThat(reason).startsWith("Precedence"))
			.anySatisfy((reason) -> assertThat(reason).contains("Out of Office"));
	}

	@Test
	void shouldFindTokenInSubjectOfReplyWithoutThreadHeaders() {
		EmailReading reading = read("token-only-reply.eml");
		assertThat(reading.inReplyTo()).isEmpty();
		assertThat(reading.references()).isEmpty();
		assertThat(reading.referencedProbeIds()).isEmpty();
		assertThat(reading.tokens()).containsExactly("SK-6RTW2");
		assertThat(reading.autoReply()).isFalse();
		assertThat(reading.newText())
			.isEqualTo("Goedemiddag,\n\nEen adreswijziging kunt u per post aan ons doorgeven.");
		assertThat(reading.signature()).isEqualTo("Groeten,\nLucas");
	}

	@Test
	void shouldStripEnglishOutlookHeaderBlockAndFindTokenInQuotedHistory() {
		EmailReading reading = read("english-outlook-reply.eml");
		assertThat(reading.newText())
			.isEqualTo("Dear Ms De Vries,\n\nYour request will be handled within five working days.");
		assertThat(reading.signature()).isEqualTo("Kind regards,\nFinn Willems");
		assertThat(reading.tokens()).containsExactly("SK-8VB4N");
	}

	@Test
	void shouldReadMessageWithUnknownCharsetAndSayHowItWasDecoded() {
		EmailReading reading = read("broken-charset.eml");
		assertThat(reading.newText()).contains("Café De Kroon", "geïnteresseerd");
		assertThat(reading.warnings()).contains("unknown charset \"x-gemeente-8bit\"", "decoded as windows-1252");
	}

	@Test
	void shouldRecogniseOwnMysteryEmail() {
		byte[] own = """
				From: Marieke de Vries <marieke.devries@schaduwklant.test>
				To: klantenservice@bank-zuid.example
				Subject: Vraag [SK-7Q2X9]
				Message-ID: <sk.3f2b8c1e-9a4d-4e2f-8b6a-1c2d3e4f5a6b.1@schaduwklant.test>
				Content-Type: text/plain; charset=utf-8

				Goedemiddag,
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(this.reader.read(own, false).ownMessage()).isTrue();
	}

	@Test
	void shouldReportGarbageInsteadOfThrowing() {
		EmailReading reading = this.reader.read(new byte[] { 0, 1, 2, (byte) 0xff, '\n', '\n', 'x' }, true);
		assertThat(reading.warnings()).contains("message larger than the size limit: only its first part was read");
		assertThat(reading.autoReply()).isFalse();
		assertThat(reading.referencedProbeIds()).isEmpty();
	}

	static byte[] raw(String name) {
		try (InputStream in = EmailReaderTests.class.getResourceAsStream("/mail/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void shouldTakeAQmailFailureNoticeForABounceOfTheProbeItReturns() {
		EmailReading reading = read("qmail-bounce-of-probe.eml");
		assertThat(reading.bounce()).isTrue();
		assertThat(reading.autoReply()).isTrue();
		assertThat(reading.autoReplyReasons()).contains(
				"subject \"failure notice\" from MAILER-DAEMON@mx.gemeente-voorbeeld.example",
				"sent by the mail system MAILER-DAEMON@mx.gemeente-voorbeeld.example");
		assertThat(reading.referencedProbeIds()).containsExactly(PROBE);
	}

	@Test
	void shouldNotTakeAnOutOfOfficeNoticeForABounce() {
		EmailReading reading = read("auto-reply-rfc3834.eml");
		assertThat(reading.autoReply()).isTrue();
		assertThat(reading.bounce()).isFalse();
	}

	@Test
	void shouldKeepTheAnswerWrittenBelowAndBetweenQuotedLines() {
		String text = """
				Op 2 dec. 2026 om 10:15 schreef Marieke de Vries <marieke.devries@schaduwklant.test>:
				> Hoe lang duurt de behandeling van mijn bezwaar?

				De behandeltermijn is zes weken.

				> Kan ik het bezwaar ook online indienen?

				Ja, via Mijn Gemeente.

				Met vriendelijke groet,
				Noah Jansen
				""";
		EmailReading reading = this.reader.read(plain(text), false);
		assertThat(reading.newText()).isEqualTo("De behandeltermijn is zes weken.\n\nJa, via Mijn Gemeente.");
		assertThat(reading.signature()).isEqualTo("Met vriendelijke groet,\nNoah Jansen");
	}

	@Test
	void shouldRemoveGermanAndFrenchAttributionsAndHeaderBlocks() {
		assertThat(this.reader.read(plain("""
				Die Frist beträgt sechs Wochen.

				Am Mi., 2. Dez. 2026 um 10:15 Uhr schrieb Marieke de Vries <marieke.devries@schaduwklant.test>:
				Hoe lang duurt het?
				"""), false).newText()).isEqualTo("Die Frist beträgt sechs Wochen.");
		assertThat(this.reader.read(plain("""
				Le délai est de six semaines.

				De : Marieke de Vries <marieke.devries@schaduwklant.test>
				Envoyé : mercredi 2 décembre 2026 10:15
				À : info@gemeente-voorbeeld.example
				Objet : Vraag over mijn bezwaar
				"""), false).newText()).isEqualTo("Le délai est de six semaines.");
		assertThat(this.reader.read(plain("""
				Zes weken.

				---- Marieke de Vries wrote ----
				Hoe lang duurt het?
				"""), false).newText()).isEqualTo("Zes weken.");
	}

	@Test
	void shouldKeepASentenceThatOnlyLooksLikeAnAttribution() {
		String text = """
				Beste Anna,

				Op onze website staat hierover het volgende geschreven:
				U kunt uw bestelling binnen 30 dagen retourneren.

				Zoals mijn collega u op 12 maart schreef:
				de monteur komt donderdag.
				""";
		assertThat(this.reader.read(plain(text), false).newText()).contains("binnen 30 dagen retourneren",
				"de monteur komt donderdag");
	}

	@Test
	void shouldNeverTakeAPersonsReplyOrADelayNoticeForABounce() {
		assertThat(
				this.reader.read(message("Antw: Mijn pakket is niet bezorgd", "klant@example.com", ""), false).bounce())
			.isFalse();
		assertThat(this.reader.read(message("Re: vraag", "postmaster@example.com", ""), false).bounce()).isFalse();
		assertThat(this.reader.read(message("[#12345] Bestelling niet afgeleverd", "support@shop.example", ""), false)
			.bounce()).isFalse();
		EmailReading delay = this.reader.read(
				message("Delivery Status Notification (Delay)", "mailer-daemon@mx.example", "Return-Path: <>\r\n"),
				false);
		assertThat(delay.bounce()).isFalse();
		assertThat(this.reader
			.read(message("Undeliverable: Vraag over mijn bezwaar", "mailer-daemon@mx.example", ""), false)
			.bounce()).isTrue();
	}

	@Test
	void shouldNotAttachAReplyToAProbeWhoseMessageIdItMerelyMentions() {
		byte[] reply = ("From: MAILER-DAEMON@mx.example\r\nReturn-Path: <>\r\nSubject: failure notice\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\n\r\nSee <sk.0b7a8c9d-1e2f-4a5b-9c6d-7e8f9a0b1c2d.1@x.test>"
				+ "\r\n\r\nMessage-ID: <sk." + PROBE + ".1@schaduwklant.test>\r\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(this.reader.read(reply, false).referencedProbeIds()).containsExactly(PROBE);
	}

	private static byte[] message(String subject, String from, String extraHeaders) {
		return ("From: " + from + "\r\n" + extraHeaders + "Subject: " + subject + "\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\n\r\nTekst.\r\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static byte[] plain(String text) {
		return ("From: info@gemeente-voorbeeld.example\r\nSubject: Re: bezwaar\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	private EmailReading read(String name) {
		return this.reader.read(raw(name), false);
	}

}
