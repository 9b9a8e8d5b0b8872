package nl.schaduwklant.probes.email;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.schaduwklant.probes.internal.SubjectKey;

/**
 * Recognises a bounce: a message from a mail system saying that one of ours could not be
 * delivered. A bounce from an organisation's address is a finding of its own (the address
 * does not work), never an answer. A bounce is
 * <ul>
 * <li>an RFC 3464 delivery report (or a {@code message/delivery-status} part) whose
 * recipients failed: one that only says delivery is delayed is no bounce;</li>
 * <li>a message with {@code X-Failed-Recipients}, which only mail servers set;</li>
 * <li>a message from a mail system (a sender such as {@code MAILER-DAEMON} or "Mail
 * Delivery System", or the null return path) with a subject such as qmail's "failure
 * notice", Domino's "DELIVERY FAILURE" or Exchange's "Undeliverable", in several
 * languages;</li>
 * <li>an Amazon SES bounce notification.</li>
 * </ul>
 * A subject that is a reply or a forward ("Antw: mijn pakket is niet bezorgd") is written
 * by a person: never a bounce.
 */
class DeliveryFailures {

	private static final Pattern SENDER = Pattern
		.compile("^(mailer-daemon|mailer_daemon|mail-daemon|maildaemon|post_?master|mdaemon|bounces?|"
				+ "mail\\.?delivery\\.?(system|subsystem)?|nobody-bounces)(@.*)?$", Pattern.CASE_INSENSITIVE);

	private static final Pattern SENDER_NAME = Pattern
		.compile("^(mail delivery (system|subsystem)|mail delivery service|mailer-daemon|postmaster|"
				+ "e-?mail delivery system|mail administrator)$", Pattern.CASE_INSENSITIVE);

	/** Subjects mail systems give a bounce. */
	private static final Pattern SUBJECT = Pattern.compile("(failure notice|undeliver(ed|able)|non[- ]?deliver|"
			+ "returned mail|returned to sender|delivery status notification|delivery (failure|failed|has failed|"
			+ "status|report|notification|problem|error)|mail delivery (failed|failure|problem|error)|"
			+ "could not be delivered|could not send|(error|problem) (sending|delivering)|mail failed|"
			+ "mail failure|failed delivery|errors from|message delivery failure|mail system error|"
			+ "permanent (error|failure)|rejected|not delivered|bounced?|unzustellbar|zustellung fehlgeschlagen|"
			+ "non remis|non distribuable|onbestelbaar|niet (bezorgd|afgeleverd)|kan niet worden bezorgd|"
			+ "mancata consegna|メールエラー|エラー通知|配信エラー|不達)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A notice that delivery is only late: not (yet) a bounce. */
	private static final Pattern DELAY = Pattern.compile("\\b(delay(ed)?|vertraagd|verz(ö|o)gert|retard(é|e)e?)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern ACTION = Pattern.compile("(?im)^\\s*action\\s*:\\s*([a-z]+)");

	private static final Set<String> NOT_FAILED = Set.of("delayed", "delivered", "relayed", "expanded");

	private static final Pattern SES_BOUNCE = Pattern
		.compile("\\\\?\"(notificationType|eventType)\\\\?\"\\s*:\\s*\\\\?\"Bounce\\\\?\"");

	private static final int MAX_PARTS = 20;

	private static final int MAX_STATUS_BYTES = 64 * 1024;

	List<String> reasons(MimeMessage message) {
		String subject = AutoReplyDetector.subjectOf(message);
		if (SubjectKey.isReplyOrForward(subject) || (subject != null && DELAY.matcher(subject).find())) {
			return List.of();
		}
		List<String> reasons = new ArrayList<>();
		Part status = deliveryStatus(message, 0);
		String contentType = AutoReplyDetector.firstHeader(message, "Content-Type");
		if (status != null || (contentType != null && isDeliveryReport(contentType))) {
			if (status != null && onlyNotFailed(status)) {
				return List.of();
			}
			reasons.add("delivery report (delivery-status)");
		}
		String failed = AutoReplyDetector.firstHeader(message, "X-Failed-Recipients");
		if (failed != null) {
			reasons.add("X-Failed-Recipients: " + failed.strip());
		}
		String sender = sender(message);
		var matcher = (subject != null) ? SUBJECT.matcher(subject) : null;
		if ((sender != null || nullSender(message)) && matcher != null && matcher.find()) {
			reasons.add(
					"subject \"" + matcher.group() + "\" from " + ((sender != null) ? sender : "the null return path"));
		}
		if (reasons.isEmpty() && isSesNotification(message)) {
			reasons.add("Amazon SES bounce notification");
		}
		return reasons;
	}

	/**
	 * @return whether every recipient of a delivery report was delivered or only delayed
	 */
	private static boolean onlyNotFailed(Part status) {
		try (InputStream in = status.getInputStream()) {
			String text = new String(in.readNBytes(MAX_STATUS_BYTES), StandardCharsets.ISO_8859_1);
			List<String> actions = ACTION.matcher(text)
				.results()
				.map((found) -> found.group(1).toLowerCase(Locale.ROOT))
				.toList();
			return !actions.isEmpty() && NOT_FAILED.containsAll(actions);
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			return false;
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

	/**
	 * @return the mail system that sent the message ({@code MAILER-DAEMON}, "Mail
	 * Delivery System", {@code postmaster}, …), or {@code null}
	 */
	static String sender(MimeMessage message) {
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

	private static Part deliveryStatus(Part part, int depth) {
		try {
			if (part.isMimeType("message/delivery-status")) {
				return part;
			}
			if (depth < 3 && part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < Math.min(multipart.getCount(), MAX_PARTS); i++) {
					Part found = deliveryStatus(multipart.getBodyPart(i), depth + 1);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			return null;
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
