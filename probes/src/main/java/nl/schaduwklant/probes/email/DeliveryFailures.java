package nl.schaduwklant.probes.email;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Recognises a bounce: a message saying that one of ours could not be delivered. A bounce
 * from an organisation's address is a finding of its own (the address does not work),
 * never an answer. Recognised by an RFC 3464 delivery report, the
 * {@code X-Failed-Recipients} header, a sender such as {@code MAILER-DAEMON} or
 * {@code postmaster}, the subjects mail servers use (qmail's "failure notice", Domino's
 * "DELIVERY FAILURE", Exchange's "Undeliverable", …, in several languages) and Amazon SES
 * bounce notifications.
 */
class DeliveryFailures {

	private static final Pattern SENDER = Pattern
		.compile("^(mailer-daemon|mailer_daemon|mail-daemon|maildaemon|post_?master|mdaemon|bounces?|"
				+ "mail\\.?delivery\\.?(system|subsystem)?|nobody-bounces)(@.*)?$", Pattern.CASE_INSENSITIVE);

	private static final Pattern SENDER_NAME = Pattern
		.compile("^(mail delivery (system|subsystem)|mail delivery service|mailer-daemon|postmaster|"
				+ "e-?mail delivery system|microsoft outlook|mail administrator)$", Pattern.CASE_INSENSITIVE);

	/** Subjects that say "bounce" on their own. */
	private static final Pattern SUBJECT = Pattern.compile("(failure notice|undeliver(ed|able)|non[- ]?deliver|"
			+ "returned mail|returned to sender|delivery status notification|delivery (failure|failed|has failed)|"
			+ "mail delivery (failed|failure|problem|error)|could not be delivered|message delivery failure|"
			+ "mail system error|unzustellbar|zustellung fehlgeschlagen|non remis|non distribuable|"
			+ "onbestelbaar|niet (bezorgd|afgeleverd)|kan niet worden bezorgd|mancata consegna|"
			+ "メールエラー|エラー通知|配信エラー|不達)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Subjects that say "bounce" when the sender is a mail system too. */
	private static final Pattern SYSTEM_SUBJECT = Pattern.compile("(delivery (status|report|notification|problem|"
			+ "error)|permanent (error|failure)|delayed|rejected|not delivered|could not send|bounced?|returned)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SES_BOUNCE = Pattern
		.compile("\\\\?\"(notificationType|eventType)\\\\?\"\\s*:\\s*\\\\?\"Bounce\\\\?\"");

	private static final int MAX_PARTS = 20;

	List<String> reasons(MimeMessage message) {
		List<String> reasons = new ArrayList<>();
		String contentType = AutoReplyDetector.firstHeader(message, "Content-Type");
		if (contentType != null && isDeliveryReport(contentType)) {
			reasons.add("delivery report (multipart/report; report-type=delivery-status)");
		}
		else if (hasPart(message, "message/delivery-status", 0)) {
			reasons.add("delivery status part (message/delivery-status)");
		}
		String failed = AutoReplyDetector.firstHeader(message, "X-Failed-Recipients");
		if (failed != null) {
			reasons.add("X-Failed-Recipients: " + failed.strip());
		}
		String sender = sender(message);
		if (sender != null) {
			reasons.add("sent by " + sender);
		}
		String subject = subject(message);
		if (subject != null && !subject.strip().toLowerCase(Locale.ROOT).startsWith("re:")) {
			var strong = SUBJECT.matcher(subject);
			var weak = SYSTEM_SUBJECT.matcher(subject);
			if (strong.find()) {
				reasons.add("subject \"" + strong.group() + "\" is typical of a bounce");
			}
			else if ((sender != null || nullSender(message)) && weak.find()) {
				reasons.add("subject \"" + weak.group() + "\" from a mail system");
			}
		}
		if (reasons.isEmpty() && isSesNotification(message)) {
			reasons.add("Amazon SES bounce notification");
		}
		return reasons;
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			return AutoReplyDetector.firstHeader(message, "Subject");
		}
	}

	private static boolean isDeliveryReport(String contentType) {
		String type = contentType.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
		return type.startsWith("multipart/report") && type.contains("report-type=\"delivery-status\"")
				|| type.startsWith("multipart/report") && type.contains("report-type=delivery-status");
	}

	private static boolean nullSender(MimeMessage message) {
		String returnPath = AutoReplyDetector.firstHeader(message, "Return-Path");
		return returnPath != null && returnPath.replaceAll("\\s", "").equals("<>");
	}

	private static String sender(MimeMessage message) {
		for (String header : new String[] { "From", "Sender", "Return-Path" }) {
			String value = AutoReplyDetector.firstHeader(message, header);
			if (value == null) {
				continue;
			}
			try {
				for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
					String mailbox = address.getAddress();
					String name = address.getPersonal();
					if (mailbox != null && SENDER.matcher(mailbox.split("@", 2)[0] + "@").find()) {
						return mailbox;
					}
					if (name != null && SENDER_NAME.matcher(name.strip()).matches()) {
						return name.strip();
					}
				}
			}
			catch (jakarta.mail.internet.AddressException ex) {
				if (SENDER.matcher(value.strip().replaceAll("[<>\"]", "")).find()) {
					return value.strip();
				}
			}
		}
		return null;
	}

	private static boolean hasPart(Part part, String mimeType, int depth) {
		try {
			if (part.isMimeType(mimeType)) {
				return true;
			}
			if (depth < 3 && part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < Math.min(multipart.getCount(), MAX_PARTS); i++) {
					if (hasPart(multipart.getBodyPart(i), mimeType, depth + 1)) {
						return true;
					}
				}
			}
			return false;
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			return false;
		}
	}

	private static boolean isSesNotification(MimeMessage message) {
		try {
			if (!message.isMimeType("text/plain") && !message.isMimeType("application/json")) {
				return false;
			}
			Object content = message.getContent();
			return content instanceof String text && SES_BOUNCE.matcher(text).find();
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			return false;
		}
	}

}
