package nl.schaduwklant.probes.email;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.schaduwklant.probes.EmailReading;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the public corpora in {@code mail/corpora} (see its README for sources and
 * licences) and holds the reader to their own expectations: talon's standard replies,
 * github's email_reply_parser messages, and sisimai's bounces and automatic reports
 * beside messages that are not.
 */
class MailCorporaTests {

	private final EmailReader reader = new EmailReader(100_000, "marieke.devries@schaduwklant.test");

	@Test
	void shouldReadEveryStandardReplyOfTalon() {
		List<Path> files = files("talon/standard_replies", ".eml");
		assertThat(files).hasSize(12);
		List<String> wrong = new ArrayList<>();
		for (Path file : files) {
			EmailReading reading = this.reader.read(bytes(file), false);
			Path replyText = file.resolveSibling(file.getFileName().toString().replace(".eml", "_reply_text"));
			String expected = Files.exists(replyText) ? normalise(text(replyText)) : "Hello";
			String actual = Files.exists(replyText) ? normalise(joined(reading)) : normalise(reading.newText());
			if (!expected.equals(actual) || reading.autoReply()) {
				wrong.add(file.getFileName() + ": " + actual);
			}
		}
		report("talon standard replies", files.size(), wrong);
		assertThat(wrong).isEmpty();
	}

	@Test
	void shouldFindTheNewTextAndSignatureOfEmailReplyParsersMessages() {
		List<Path> files = files("email_reply_parser/emails", ".txt");
		assertThat(files).hasSize(22);
		Map<String, String[]> expected = expectations(corpus("email_reply_parser/expected.txt"));
		assertThat(expected).hasSize(22);
		List<String> wrong = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString().replace(".txt", "");
			EmailReading reading = this.reader.read(asMessage(bytes(file)), false);
			String[] want = expected.get(name);
			if (!normalise(reading.newText()).equals(want[0]) || !normalise(reading.signature()).equals(want[1])
					|| reading.autoReply()) {
				wrong.add(name + ": [" + reading.newText() + "] / [" + reading.signature() + "]");
			}
		}
		report("email_reply_parser", files.size(), wrong);
		// its 767 KB long-quote message is read up to the text limit, and says so
		assertThat(wrong).singleElement().asString().startsWith("email_long_quote:");
		assertThat(this.reader.read(asMessage(bytes(corpus("email_reply_parser/emails/email_long_quote.txt"))), false)
			.warnings()).contains("text cut at 100000 characters");
	}

	@Test
	void shouldRecogniseSisimaisBouncesAndAutomaticReports() {
		List<Path> files = files("sisimai/bounces", ".eml");
		assertThat(files).hasSize(670);
		List<String> missed = new ArrayList<>();
		List<String> notBounce = new ArrayList<>();
		int bounces = 0;
		for (Path file : files) {
			EmailReading reading = this.reader.read(bytes(file), false);
			if (!reading.autoReply()) {
				missed.add(file.getFileName().toString());
			}
			if (isDeliveryFailure(file)) {
				bounces++;
				if (!reading.bounce()) {
					notBounce.add(file.getFileName().toString());
				}
			}
			else {
				assertThat(reading.bounce()).as("%s is no delivery failure", file.getFileName()).isFalse();
			}
		}
		report("sisimai automatic", files.size(), missed);
		report("sisimai delivery failures", bounces, notBounce);
		assertThat(missed.size()).isLessThanOrEqualTo(files.size() * 5 / 100);
		assertThat(notBounce.size()).isLessThanOrEqualTo(bounces * 5 / 100);
	}

	@Test
	void shouldNeverTakeAHumanMessageForAnAutomaticOne() {
		List<Path> files = new ArrayList<>(files("sisimai/not-bounces", ".eml"));
		files.addAll(files("talon/standard_replies", ".eml"));
		List<Path> bodies = files("email_reply_parser/emails", ".txt");
		assertThat(files).hasSize(14);
		List<String> taken = new ArrayList<>();
		for (Path file : files) {
			if (this.reader.read(bytes(file), false).autoReply()) {
				taken.add(file.getFileName().toString());
			}
		}
		for (Path file : bodies) {
			if (this.reader.read(asMessage(bytes(file)), false).autoReply()) {
				taken.add(file.getFileName().toString());
			}
		}
		report("human messages taken for automatic", files.size() + bodies.size(), taken);
		assertThat(taken).isEmpty();
	}

	/**
	 * Sisimai's names say what a message is: ARF feedback reports ({@code arf-}) and RFC
	 * 3834 automatic replies ({@code rfc3834-}) are automatic but no delivery failure;
	 * nor are Amazon SES's notifications of a complaint or a delivery, nor a notice that
	 * delivery is only delayed (its subject says so, or every recipient's {@code Action}
	 * is {@code delayed}): sisimai counts those as bounces with the reason "delayed".
	 */
	private static boolean isDeliveryFailure(Path file) {
		String name = file.getFileName().toString();
		String text = text(file);
		return !name.contains("-arf-") && !name.contains("-rfc3834-")
				&& !text.contains("\"notificationType\":\"Complaint\"")
				&& !text.contains("\"notificationType\":\"Delivery\"") && !delayed(text);
	}

	private static boolean delayed(String text) {
		String subject = text.lines()
			.filter((line) -> line.regionMatches(true, 0, "Subject:", 0, 8))
			.findFirst()
			.orElse("");
		List<String> actions = text.lines()
			.filter((line) -> line.regionMatches(true, 0, "Action:", 0, 7))
			.map((line) -> line.substring(7).strip().toLowerCase(java.util.Locale.ROOT))
			.toList();
		return subject.toLowerCase(java.util.Locale.ROOT).contains("delay")
				|| (!actions.isEmpty() && actions.stream().allMatch("delayed"::equals));
	}

	private static String joined(EmailReading reading) {
		return reading.signature().isEmpty() ? reading.newText() : reading.newText() + "\n\n" + reading.signature();
	}

	private static byte[] asMessage(byte[] body) {
		byte[] headers = ("From: Someone <someone@example.com>\r\nTo: marieke.devries@schaduwklant.test\r\n"
				+ "Subject: Re: a question\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
				+ "Content-Transfer-Encoding: 8bit\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] message = new byte[headers.length + body.length];
		System.arraycopy(headers, 0, message, 0, headers.length);
		System.arraycopy(body, 0, message, headers.length, body.length);
		return message;
	}

	private static Map<String, String[]> expectations(Path file) {
		Map<String, String[]> expected = new LinkedHashMap<>();
		String name = null;
		StringBuilder body = new StringBuilder();
		StringBuilder signature = new StringBuilder();
		StringBuilder current = body;
		for (String line : text(file).split("\n", -1)) {
			if (line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("=== ")) {
				if (name != null) {
					expected.put(name, new String[] { normalise(body.toString()), normalise(signature.toString()) });
				}
				name = line.substring(4).strip();
				body.setLength(0);
				signature.setLength(0);
				current = body;
			}
			else if (line.equals("--- signature")) {
				current = signature;
			}
			else {
				current.append(line).append('\n');
			}
		}
		expected.put(name, new String[] { normalise(body.toString()), normalise(signature.toString()) });
		return expected;
	}

	private static String normalise(String text) {
		return text.replace("\r\n", "\n")
			.lines()
			.map(String::stripTrailing)
			.reduce((a, b) -> a + "\n" + b)
			.orElse("")
			.strip();
	}

	private static void report(String corpus, int files, List<String> wrong) {
		System.out.printf("%s: %d of %d as expected%n", corpus, files - wrong.size(), files);
		wrong.forEach((line) -> System.out.println("  not as expected: " + line));
	}

	private static List<Path> files(String directory, String suffix) {
		try (Stream<Path> listing = Files.list(corpus(directory))) {
			return listing.filter((path) -> path.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path corpus(String path) {
		try {
			return Path.of(MailCorporaTests.class.getResource("/mail/corpora/" + path).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String text(Path file) {
		return new String(bytes(file), StandardCharsets.UTF_8);
	}

}
