package nl.schaduwklant.probes.email;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/**
 * Finds the readable text of a message: in a {@code multipart/alternative} the plain text
 * when there is one (else the HTML, turned into text); elsewhere the first text part that
 * is not an attachment. Attachments are never opened, let alone executed.
 */
class MimeBodyText {

	private final PartDecoder decoder;

	private final HtmlText html;

	private final int maxChars;

	MimeBodyText(int maxChars) {
		this.decoder = new PartDecoder(maxChars);
		this.html = new HtmlText();
		this.maxChars = maxChars;
	}

	BodyText extract(Part message) {
		List<String> warnings = new ArrayList<>();
		try {
			Part part = textPart(message, warnings);
			if (part == null) {
				warnings.add("no text part");
				return BodyText.none(warnings);
			}
			String decoded = this.decoder.decode(part, warnings);
			boolean isHtml = part.isMimeType("text/html");
			String text = isHtml ? this.html.toText(decoded, false) : decoded;
			String fullText = isHtml ? this.html.toText(decoded, true) : decoded;
			if (fullText.length() > this.maxChars) {
				warnings.add("text cut at " + this.maxChars + " characters");
			}
			return new BodyText(cut(normaliseNewlines(text)), cut(normaliseNewlines(fullText)),
					isHtml ? "text/html" : "text/plain", warnings);
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			warnings.add("body could not be read: " + ex.getMessage());
			return BodyText.none(warnings);
		}
	}

	private Part textPart(Part part, List<String> warnings) throws MessagingException, IOException {
		if (isAttachment(part)) {
			return null;
		}
		if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
			return part;
		}
		if (part.isMimeType("text/*")) {
			return part;
		}
		if (part.isMimeType("multipart/*")) {
			Object content = part.getContent();
			if (!(content instanceof Multipart multipart)) {
				warnings.add("multipart without parts");
				return null;
			}
			if (part.isMimeType("multipart/alternative")) {
				Part plain = first(multipart, "text/plain");
				Part rich = (plain != null) ? plain : first(multipart, "text/html");
				if (rich != null) {
					return rich;
				}
			}
			for (int i = 0; i < multipart.getCount(); i++) {
				Part found = textPart(multipart.getBodyPart(i), warnings);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static Part first(Multipart multipart, String mimeType) throws MessagingException {
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart candidate = multipart.getBodyPart(i);
			if (candidate.isMimeType(mimeType) && !isAttachment(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private static boolean isAttachment(Part part) throws MessagingException {
		String disposition = part.getDisposition();
		return disposition != null && disposition.toLowerCase(Locale.ROOT).equals(Part.ATTACHMENT);
	}

	private String cut(String text) {
		return (text.length() > this.maxChars) ? text.substring(0, this.maxChars) : text;
	}

	private static String normaliseNewlines(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

}
