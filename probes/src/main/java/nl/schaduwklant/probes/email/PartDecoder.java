package nl.schaduwklant.probes.email;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.ParseException;

/**
 * Decodes one text part: its transfer encoding (quoted-printable, base64) and its
 * charset. A missing, unknown or lying charset never loses the text: it is decoded as
 * UTF-8 when that is valid, else as Windows-1252, and a warning says so.
 */
class PartDecoder {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final Pattern LOOSE_CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)",
			Pattern.CASE_INSENSITIVE);

	private final int maxBytes;

	PartDecoder(int maxChars) {
		this.maxBytes = maxChars * 4;
	}

	String decode(Part part, List<String> warnings) throws MessagingException {
		byte[] bytes = bytes(part, warnings);
		String declared = charsetOf(part, warnings);
		Charset charset = resolve(declared, warnings);
		if (charset != null) {
			try {
				return strict(charset).decode(ByteBuffer.wrap(bytes)).toString();
			}
			catch (CharacterCodingException ex) {
				warnings.add("text is not valid " + charset.name() + " as declared");
			}
		}
		try {
			return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			warnings.add("decoded as windows-1252");
			return new String(bytes, WINDOWS_1252);
		}
	}

	private byte[] bytes(Part part, List<String> warnings) throws MessagingException {
		try (InputStream in = part.getInputStream()) {
			return in.readNBytes(this.maxBytes);
		}
		catch (IOException | MessagingException ex) {
			warnings.add("transfer encoding could not be decoded (" + ex.getMessage() + "); raw text used");
			try (InputStream raw = rawInputStream(part)) {
				return raw.readNBytes(this.maxBytes);
			}
			catch (IOException rawEx) {
				throw new MessagingException("part cannot be read", rawEx);
			}
		}
	}

	private static InputStream rawInputStream(Part part) throws MessagingException {
		if (part instanceof MimeBodyPart body) {
			return body.getRawInputStream();
		}
		if (part instanceof MimeMessage message) {
			return message.getRawInputStream();
		}
		throw new MessagingException("part cannot be read");
	}

	private static String charsetOf(Part part, List<String> warnings) throws MessagingException {
		String contentType = part.getContentType();
		if (contentType == null) {
			return null;
		}
		try {
			return new ContentType(contentType).getParameter("charset");
		}
		catch (ParseException ex) {
			warnings.add("malformed Content-Type \"" + contentType + "\"");
			var matcher = LOOSE_CHARSET.matcher(contentType);
			return matcher.find() ? matcher.group(1) : null;
		}
	}

	private static Charset resolve(String declared, List<String> warnings) {
		if (declared == null || declared.isBlank()) {
			return null;
		}
		String name = declared.strip().toLowerCase(Locale.ROOT);
		if (name.equals("us-ascii") || name.equals("ascii")) {
			// often declared by clients that then send 8-bit text: UTF-8 first, then 1252
			return null;
		}
		if (name.equals("iso-8859-1") || name.equals("latin1")) {
			// what mail clients mean by it in practice (as HTML5 decoders do)
			return WINDOWS_1252;
		}
		try {
			return Charset.forName(name);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			warnings.add("unknown charset \"" + declared + "\"");
			return null;
		}
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

}
