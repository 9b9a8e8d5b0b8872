package nl.schaduwklant.probes.email;

import java.util.List;

/**
 * The readable text of a message.
 *
 * @param text the decoded text (HTML already turned into text, without its quoted
 * history)
 * @param fullText the decoded text with any quoted history
 * @param source the part it came from, e.g. {@code text/plain} or {@code text/html}
 * @param warnings what was odd while decoding it
 */
record BodyText(String text, String fullText, String source, List<String> warnings) {

	static BodyText none(List<String> warnings) {
		return new BodyText("", "", "none", warnings);
	}

}
