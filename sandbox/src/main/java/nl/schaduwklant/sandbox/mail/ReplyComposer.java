package nl.schaduwklant.sandbox.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import nl.schaduwklant.sandbox.AckStyle;
import nl.schaduwklant.sandbox.MailClient;
import nl.schaduwklant.sandbox.SimulatedOrganisation;
import nl.schaduwklant.sandbox.Threading;
import org.jsoup.nodes.Entities;

/**
 * Writes a simulated organisation's replies the way real mail clients do: Outlook, Gmail
 * and Apple Mail quoting in Dutch, HTML only, or quoted-printable ISO-8859-1.
 */
class ReplyComposer {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private static final Pattern TOKEN = Pattern.compile("\\s*\\[SK-[0-9A-Z]{5}\\]");

	MimeMessage answer(MimeMessage probe, SimulatedOrganisation organisation, Answer answer, Instant now)
			throws MessagingException {
		Threading threading = organisation.behaviour().threading();
		MimeMessage reply = start(probe, organisation, threading, now);
		String subject = probe.getSubject();
		if (threading == Threading.SUBJECT_ONLY) {
			subject = TOKEN.matcher(subject).replaceAll("");
		}
		reply.setSubject(prefix(organisation.behaviour().client()) + subject, StandardCharsets.UTF_8.name());
		String text = Answer.GREETING + "\n\n" + answer.body() + "\n\n" + answer.signature();
		Original original = new Original(probe, threading != Threading.SUBJECT_ONLY);
		switch (organisation.behaviour().client()) {
			case OUTLOOK_NL ->
				reply.setContent(alternative(text + original.outlook(), html(text) + original.outlookHtml()));
			case GMAIL_NL -> reply.setContent(alternative(text + original.gmail(), html(text) + original.gmailHtml()));
			case APPLE_MAIL_NL -> reply.setText(text + original.apple(), StandardCharsets.UTF_8.name());
			case HTML_ONLY -> reply.setContent("<html><head><style>p{margin:0}</style></head><body>" + html(text)
					+ original.gmailHtml() + "</body></html>", "text/html; charset=UTF-8");
			case QP_LATIN1 -> {
				reply.setText(text + original.legacy(), StandardCharsets.ISO_8859_1.name());
				reply.setHeader("Content-Transfer-Encoding", "quoted-printable");
			}
		}
		reply.saveChanges();
		return reply;
	}

	MimeMessage acknowledgement(MimeMessage probe, SimulatedOrganisation organisation, Instant now)
			throws MessagingException {
		MimeMessage ack = start(probe, organisation, Threading.THREADED, now);
		try {
			ack.setFrom(new InternetAddress("noreply@" + organisation.domain(), organisation.name(),
					StandardCharsets.UTF_8.name()));
		}
		catch (UnsupportedEncodingException ex) {
			throw new MessagingException("UTF-8 is not supported", ex);
		}
		if (organisation.behaviour().ack() == AckStyle.RFC3834) {
			ack.setSubject("Automatisch antwoord: " + probe.getSubject(), StandardCharsets.UTF_8.name());
			ack.setHeader("Auto-Submitted", "auto-replied");
			ack.setHeader("X-Autoreply", "yes");
		}
		else {
			ack.setSubject("Wij hebben uw bericht ontvangen: " + probe.getSubject(), StandardCharsets.UTF_8.name());
		}
		ack.setText(
				"Dit is een automatisch bericht. Wij hebben uw e-mail ontvangen en streven ernaar binnen vijf "
						+ "werkdagen te reageren.\n\nKlantenservice " + organisation.name(),
				StandardCharsets.UTF_8.name());
		ack.saveChanges();
		return ack;
	}

	private static MimeMessage start(MimeMessage probe, SimulatedOrganisation organisation, Threading threading,
			Instant now) throws MessagingException {
		MimeMessage reply = (MimeMessage) probe.reply(false);
		if (threading != Threading.THREADED) {
			reply.removeHeader("In-Reply-To");
			reply.removeHeader("References");
		}
		try {
			reply.setFrom(new InternetAddress(organisation.address(),
					organisation.agent() + " | " + organisation.name(), StandardCharsets.UTF_8.name()));
		}
		catch (UnsupportedEncodingException ex) {
			throw new MessagingException("UTF-8 is not supported", ex);
		}
		reply.setRecipients(Message.RecipientType.TO, probe.getFrom());
		reply.setSentDate(Date.from(now));
		return reply;
	}

	private static String prefix(MailClient client) {
		return switch (client) {
			case OUTLOOK_NL, QP_LATIN1 -> "RE: ";
			case GMAIL_NL, APPLE_MAIL_NL, HTML_ONLY -> "Re: ";
		};
	}

	private static MimeMultipart alternative(String plain, String html) throws MessagingException {
		var text = new MimeBodyPart();
		text.setText(plain, StandardCharsets.UTF_8.name());
		var rich = new MimeBodyPart();
		rich.setContent("<html><body>" + html + "</body></html>", "text/html; charset=UTF-8");
		return new MimeMultipart("alternative", text, rich);
	}

	static String html(String text) {
		var html = new StringBuilder();
		for (String paragraph : text.split("\n\n")) {
			html.append("<p>").append(Entities.escape(paragraph).replace("\n", "<br>")).append("</p>");
		}
		return html.toString();
	}

	/**
	 * The quoted history of the mystery e-mail in each client's style.
	 */
	private static final class Original {

		private final String from;

		private final String fromAddress;

		private final String to;

		private final String subject;

		private final String body;

		private final Instant sent;

		private final boolean quote;

		Original(MimeMessage probe, boolean quote) throws MessagingException {
			InternetAddress sender = (InternetAddress) probe.getFrom()[0];
			this.from = (sender.getPersonal() != null) ? sender.getPersonal() : sender.getAddress();
			this.fromAddress = sender.getAddress();
			this.to = probe.getRecipients(Message.RecipientType.TO)[0].toString();
			this.subject = probe.getSubject();
			this.body = text(probe);
			this.sent = (probe.getSentDate() != null) ? probe.getSentDate().toInstant() : Instant.now();
			this.quote = quote;
		}

		String outlook() {
			if (!this.quote) {
				return "";
			}
			return "\n\n________________________________\nVan: " + this.from + " <" + this.fromAddress
					+ ">\nVerzonden: " + format("EEEE d MMMM yyyy HH:mm") + "\nAan: " + this.to + "\nOnderwerp: "
					+ this.subject + "\n\n" + this.body;
		}

		String outlookHtml() {
			if (!this.quote) {
				return "";
			}
			return "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\">"
					+ "<font face=\"Calibri, sans-serif\"><b>Van:</b> " + Entities.escape(this.from)
					+ "<br><b>Verzonden:</b> " + format("EEEE d MMMM yyyy HH:mm") + "<br><b>Aan:</b> "
					+ Entities.escape(this.to) + "<br><b>Onderwerp:</b> " + Entities.escape(this.subject)
					+ "</font><div>&nbsp;</div></div><div>" + html(this.body) + "</div>";
		}

		String gmail() {
			if (!this.quote) {
				return "";
			}
			return "\n\nOp " + format("EEE d MMM yyyy 'om' HH:mm") + " schreef " + this.from + " <\n" + this.fromAddress
					+ ">:\n\n" + quoted();
		}

		String gmailHtml() {
			if (!this.quote) {
				return "";
			}
			return "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">Op "
					+ format("EEE d MMM yyyy 'om' HH:mm") + " schreef " + Entities.escape(this.from) + " &lt;"
					+ this.fromAddress + "&gt;:<br></div><blockquote class=\"gmail_quote\" "
					+ "style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">" + html(this.body)
					+ "</blockquote></div>";
		}

		String apple() {
			if (!this.quote) {
				return "";
			}
			return "\n\nOp " + format("d MMM yyyy 'om' HH:mm") + " heeft " + this.from + " <" + this.fromAddress
					+ "> het volgende geschreven:\n\n" + quoted();
		}

		String legacy() {
			if (!this.quote) {
				return "";
			}
			return "\n\n-----Oorspronkelijk bericht-----\nVan: " + this.from + " [mailto:" + this.fromAddress
					+ "]\nVerzonden: " + format("EEEE d MMMM yyyy HH:mm") + "\nAan: " + this.to + "\nOnderwerp: "
					+ this.subject + "\n\n" + this.body;
		}

		private String quoted() {
			return "> " + this.body.replace("\n", "\n> ");
		}

		private String format(String pattern) {
			return DateTimeFormatter.ofPattern(pattern, DUTCH).format(this.sent.atZone(AMSTERDAM));
		}

		private static String text(MimeMessage probe) throws MessagingException {
			try {
				Object content = probe.getContent();
				return (content instanceof String text) ? text.strip().replace("\r\n", "\n") : "";
			}
			catch (java.io.IOException ex) {
				throw new MessagingException("cannot read the mystery e-mail", ex);
			}
		}

	}

}
