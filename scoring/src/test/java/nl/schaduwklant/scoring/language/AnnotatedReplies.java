package nl.schaduwklant.scoring.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The annotated replies in {@code language/*.txt}: each starts with
 * {@code # id: ID family: FAMILY} and marks its known errors as
 * {@code [[wrong text|FAMILY]]}; replies are separated by a line {@code ---}.
 */
final class AnnotatedReplies {

	private static final Pattern HEADER = Pattern.compile("# id: (\\S+) family: (\\S+)");

	private static final Pattern MARK = Pattern.compile("\\[\\[(.*?)\\|(\\w+)]]");

	private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*");

	private AnnotatedReplies() {
	}

	/**
	 * One reply.
	 *
	 * @param id its id
	 * @param family the error family it holds, or {@code CLEAN}
	 * @param text its text without the marks
	 * @param errors where its known errors are
	 */
	record Reply(String id, String family, String text, List<Span> errors) {

		int words() {
			return (int) WORD.matcher(this.text).results().count();
		}

	}

	/**
	 * A known error.
	 *
	 * @param from its first character
	 * @param to the character after it
	 * @param family its family
	 */
	record Span(int from, int to, String family) {

		boolean overlaps(int start, int end) {
			return start < this.to && end > this.from;
		}

	}

	static List<Reply> read(String resource) {
		try (InputStream in = AnnotatedReplies.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No " + resource);
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Reply> parse(String all) {
		List<Reply> replies = new ArrayList<>();
		for (String block : all.replace("\r\n", "\n").split("\n---\n")) {
			String[] lines = block.strip().split("\n", 2);
			Matcher header = HEADER.matcher(lines[0]);
			if (!header.matches() || lines.length < 2) {
				throw new IllegalArgumentException("Not a reply: " + lines[0]);
			}
			StringBuilder text = new StringBuilder();
			List<Span> errors = new ArrayList<>();
			Matcher mark = MARK.matcher(lines[1]);
			int last = 0;
			while (mark.find()) {
				text.append(lines[1], last, mark.start());
				int from = text.length();
				text.append(mark.group(1));
				errors.add(new Span(from, text.length(), mark.group(2)));
				last = mark.end();
			}
			text.append(lines[1].substring(last));
			replies.add(new Reply(header.group(1), header.group(2), text.toString(), List.copyOf(errors)));
		}
		return replies;
	}

}
