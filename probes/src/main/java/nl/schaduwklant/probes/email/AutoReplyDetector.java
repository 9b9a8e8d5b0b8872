package nl.schaduwklant.probes.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Recognises automatic replies — out-of-office notices, ticket acknowledgements, delivery
 * reports — which are never a human answer. By RFC 3834 {@code Auto-Submitted} (anything
 * but {@code no}), the common vendor headers, a {@code Precedence} of {@code auto_reply},
 * {@code bulk} or {@code junk}, a null return path, a delivery report, and typical Dutch
 * and English subjects.
 */
class AutoReplyDetector {

	private static final String[] VENDOR_HEADERS = { "X-Autoreply", "X-Autorespond", "X-Autoreply-From",
			"X-Mail-Autoreply", "X-FC-MachineGenerated", "X-Amz-Sns-Message-Id" };

	private static final List<Pattern> SUBJECTS = List.of(
			// out of office
			subject("^(automatisch(e)? (antwoord|reactie|bericht)|automatic reply|auto[- ]?reply|autoreply|"
					+ "out of (the )?office|afwezig(heid|heidsbericht)?|buiten kantoor|niet aanwezig|"
					+ "vakantie ?melding|away from (the )?office)\\b"),
			subject("\\b(out of (the )?office|afwezigheidsmelding|afwezigheidsbericht|automatisch antwoord|"
					+ "automatische reactie|autoreply|auto-reply|automatic reply)\\b"),
			// acknowledgements of receipt and tickets
			subject("\\b(ontvangstbevestiging|bevestiging van ontvangst|bevestiging ontvangst|"
					+ "acknowledg(e)?ment of receipt|receipt confirmation)\\b"),
			subject("\\b(wij|we) hebben (uw|je|jouw) (e-?mail|mail|bericht|vraag|aanvraag|verzoek|melding)"
					+ "( in goede orde)? ontvangen\\b"),
			subject("\\b(uw|je|jouw) (e-?mail|mail|bericht|vraag|aanvraag|verzoek|melding) is( in goede orde)? "
					+ "ontvangen\\b"),
			subject("\\b(bedankt|dank) voor (uw|je|jouw) (e-?mail|mail|bericht|vraag)\\b"),
			subject("\\bwe('ve| have) received your (e-?mail|message|request|enquiry|inquiry|question)\\b"),
			subject("\\b(your )?(request|ticket|case|message|enquiry|inquiry)( #?[\\w-]+)? (has been )?"
					+ "(received|created|logged|opened)\\b"),
			subject("\\b(ticket|melding|zaak|verzoek|aanvraag|case)( ?(nummer|nr\\.?|#)?:? ?[\\w-]*\\d[\\w-]*)? "
					+ "(is )?(aangemaakt|geregistreerd|ontvangen|in behandeling genomen)\\b"),
			subject("\\bthank you for (contacting|your (e-?mail|message|enquiry|inquiry))\\b"),
			// feedback (abuse) reports
			subject("^\\s*(complaint about message from|abuse report|feedback report)\\b"),
			// delivery reports
			subject("^(undeliverable|onbestelbaar|delivery status notification|mail delivery (failed|failure)|"
					+ "returned mail|niet afgeleverd)\\b"));

	private static Pattern subject(String regex) {
		return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	List<String> reasons(MimeMessage message) {
		List<String> reasons = new ArrayList<>();
		String autoSubmitted = firstHeader(message, "Auto-Submitted");
		if (autoSubmitted != null) {
			String value = autoSubmitted.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
			if (!value.equals("no")) {
				reasons.add("Auto-Submitted: " + autoSubmitted.strip());
			}
		}
		for (String name : VENDOR_HEADERS) {
			String value = firstHeader(message, name);
			if (value != null) {
				reasons.add(name + ": " + value.strip());
			}
		}
		String precedence = firstHeader(message, "Precedence");
		if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("auto_reply|bulk|junk")) {
			reasons.add("Precedence: " + precedence.strip());
		}
		String returnPath = firstHeader(message, "Return-Path");
		if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
			reasons.add("Return-Path: <> (null sender)");
		}
		String contentType = firstHeader(message, "Content-Type");
		if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/report")) {
			reasons.add("Content-Type: multipart/report (delivery or disposition report)");
		}
		String system = DeliveryFailures.sender(message);
		if (system != null && !system.toLowerCase(Locale.ROOT).replace("_", "").startsWith("postmaster")) {
			// a mailbox a person may answer from, unlike MAILER-DAEMON
			reasons.add("sent by the mail system " + system);
		}
		String subject = subjectOf(message);
		if (subject != null) {
			for (Pattern pattern : SUBJECTS) {
				var matcher = pattern.matcher(subject);
				if (matcher.find()) {
					reasons.add("subject \"" + matcher.group().strip() + "\" is typical of an automatic reply");
					break;
				}
			}
		}
		return reasons;
	}

	static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			return firstHeader(message, "Subject");
		}
	}

	static String firstHeader(MimeMessage message, String name) {
		try {
			String[] values = message.getHeader(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}
		catch (MessagingException ex) {
			return null;
		}
	}

}
