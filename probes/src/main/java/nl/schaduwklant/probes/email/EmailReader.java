package nl.schaduwklant.probes.email;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import nl.schaduwklant.probes.EmailReading;
import nl.schaduwklant.probes.internal.ProbeTokens;

/**
 * Reads one raw message the way the e-mail probe does. Never throws for a malformed
 * message: what cannot be read is reported as a warning.
 */
class EmailReader {

	private final Session session = Session.getInstance(utf8Headers());

	private final MimeBodyText bodyText;

	private final AutoReplyDetector autoReplies = new AutoReplyDetector();

	private final DeliveryFailures deliveryFailures = new DeliveryFailures();

	private final QuotedHistory history = new QuotedHistory();

	private final Signatures signatures = new Signatures();

	private final String ownAddress;

	private final int maxScannedBytes;

	private static final java.util.regex.Pattern RETURNED_HEADER = java.util.regex.Pattern
		.compile("(?im)^(?:message-id|in-reply-to|references)[ \t]*:[ \t]*([^\r\n]*)");

	EmailReader(int maxTextLength, String ownAddress) {
		this.bodyText = new MimeBodyText(maxTextLength);
		this.maxScannedBytes = 4 * maxTextLength;
		this.ownAddress = (ownAddress != null) ? ownAddress.toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * Headers in raw UTF-8 (RFC 6532) are read as UTF-8, not as Latin-1.
	 */
	private static Properties utf8Headers() {
		Properties properties = new Properties();
		properties.setProperty("mail.mime.allowutf8", "true");
		return properties;
	}

	EmailReading read(byte[] raw, boolean truncated) {
		List<String> warnings = new ArrayList<>();
		if (truncated) {
			warnings.add("message larger than the size limit: only its first part was read");
		}
		MimeMessage message;
		try {
			message = new MimeMessage(this.session, new ByteArrayInputStream(raw));
		}
		catch (MessagingException ex) {
			warnings.add("not a readable message: " + ex.getMessage());
			return new EmailReading(null, List.of(), List.of(), null, null, null, List.of(), List.of(), false,
					List.of(), false, "none", "", "", false, warnings);
		}
		String messageId = AutoReplyDetector.firstHeader(message, "Message-ID");
		List<String> inReplyTo = ProbeMessageIds.idsIn(AutoReplyDetector.firstHeader(message, "In-Reply-To"));
		List<String> references = ProbeMessageIds.idsIn(AutoReplyDetector.firstHeader(message, "References"));
		String from = fromAddress(message, warnings);
		String subject = subject(message, warnings);
		BodyText body = this.bodyText.extract(message);
		warnings.addAll(body.warnings());
		String newText = this.history.strip(body.text());
		Signatures.Split split = this.signatures.split(newText);
		List<String> bounceReasons = this.deliveryFailures.reasons(message);
		List<String> reasons = new ArrayList<>(bounceReasons);
		reasons.addAll(this.autoReplies.reasons(message));
		boolean own = ProbeMessageIds.probeIdIn(messageId).isPresent()
				&& (this.ownAddress == null || this.ownAddress.equals(from));
		List<UUID> referenced = referencedProbeIds(inReplyTo, references);
		if (!bounceReasons.isEmpty()) {
			referenced = returnedProbeIds(raw, referenced);
		}
		return new EmailReading(messageId, inReplyTo, references, from, subject, dateHeader(message), referenced,
				tokens(subject, body.fullText()), !reasons.isEmpty(), reasons, !bounceReasons.isEmpty(), body.source(),
				split.body(), split.signature(), own, warnings);
	}

	/**
	 * A bounce names the message it returns in an attached copy or its headers: our
	 * Message-ID in a {@code Message-ID}, {@code In-Reply-To} or {@code References}
	 * header line there says which probe's address failed (never an id merely mentioned
	 * in text).
	 */
	private List<UUID> returnedProbeIds(byte[] raw, List<UUID> referenced) {
		int length = Math.min(raw.length, this.maxScannedBytes);
		String text = new String(raw, 0, length, StandardCharsets.ISO_8859_1);
		int body = text.indexOf("\n\n");
		int crlfBody = text.indexOf("\r\n\r\n");
		int start = (body < 0) ? crlfBody : (crlfBody < 0) ? body : Math.min(body, crlfBody);
		Set<UUID> ids = new LinkedHashSet<>(referenced);
		Matcher header = RETURNED_HEADER.matcher(text);
		header.region(Math.max(0, start), text.length());
		while (header.find()) {
			ids.addAll(ProbeMessageIds.probeIdsIn(header.group(1)));
		}
		return List.copyOf(ids);
	}

	private static List<UUID> referencedProbeIds(List<String> inReplyTo, List<String> references) {
		Set<UUID> ids = new LinkedHashSet<>();
		inReplyTo.forEach((id) -> ProbeMessageIds.probeIdIn(id).ifPresent(ids::add));
		references.forEach((id) -> ProbeMessageIds.probeIdIn(id).ifPresent(ids::add));
		return List.copyOf(ids);
	}

	private static List<String> tokens(String subject, String text) {
		Set<String> tokens = new LinkedHashSet<>();
		for (String source : new String[] { subject, text }) {
			if (source != null) {
				Matcher matcher = ProbeTokens.PATTERN.matcher(source);
				while (matcher.find()) {
					tokens.add("SK-" + matcher.group(1).toUpperCase(Locale.ROOT));
				}
			}
		}
		return List.copyOf(tokens);
	}

	private static String fromAddress(MimeMessage message, List<String> warnings) {
		String header = AutoReplyDetector.firstHeader(message, "From");
		if (header == null) {
			warnings.add("no From header");
			return null;
		}
		try {
			InternetAddress[] addresses = InternetAddress.parseHeader(header, false);
			return (addresses.length > 0) ? addresses[0].getAddress().toLowerCase(Locale.ROOT) : null;
		}
		catch (AddressException ex) {
			warnings.add("malformed From header");
			Matcher matcher = java.util.regex.Pattern.compile("[^\\s<>\"]+@[^\\s<>\"]+").matcher(header);
			return matcher.find() ? matcher.group().toLowerCase(Locale.ROOT) : null;
		}
	}

	private static String subject(MimeMessage message, List<String> warnings) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			warnings.add("malformed Subject header");
			String raw = AutoReplyDetector.firstHeader(message, "Subject");
			return (raw != null) ? MimeUtility.unfold(raw) : null;
		}
	}

	private static Instant dateHeader(MimeMessage message) {
		try {
			var date = message.getSentDate();
			return (date != null) ? date.toInstant() : null;
		}
		catch (MessagingException ex) {
			return null;
		}
	}

}
