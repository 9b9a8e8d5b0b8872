package nl.schaduwklant.probes.email;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the HTML of an e-mail into the text a reader sees, without its quoted history
 * ({@code blockquote}, Gmail's {@code gmail_quote}, Outlook's reply header and everything
 * after it, Thunderbird's citation prefix). Scripts, styles and markup are dropped: the
 * HTML is parsed, never rendered.
 */
class HtmlText {

	private static final String QUOTES = "blockquote, div.gmail_quote, div.gmail_quote_container, "
			+ "div.moz-cite-prefix, div.yahoo_quoted, div[name=messageReplySection]";

	private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
			"table", "ul", "ol", "pre", "hr", "address", "section", "article", "header", "footer");

	/**
	 * @param html the HTML
	 * @param withHistory whether to keep the quoted history
	 * @return the text
	 */
	String toText(String html, boolean withHistory) {
		Document document = Jsoup.parse(html);
		document.select("script, style, head, title, noscript, template, object, iframe").remove();
		if (!withHistory) {
			removeOutlookHistory(document);
			document.select(QUOTES).remove();
		}
		var text = new StringBuilder();
		NodeTraversor.traverse(new TextCollector(text), document.body());
		return text.toString().replaceAll("[ \\t\\x0B\\f]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
	}

	/**
	 * Outlook starts the quoted history with {@code div#divRplyFwdMsg} (or
	 * {@code div#appendonsend}), usually after an {@code hr}: that element and everything
	 * after it is history.
	 * @param document the document
	 */
	private static void removeOutlookHistory(Document document) {
		Element marker = document
			.selectFirst("div#divRplyFwdMsg, div#appendonsend, div#mail-editor-reference-message-container");
		if (marker == null) {
			return;
		}
		Element current = marker;
		while (current != null && current != document.body()) {
			Element next;
			while ((next = current.nextElementSibling()) != null) {
				next.remove();
			}
			Element parent = current.parent();
			Element previous = current.previousElementSibling();
			if (previous != null && previous.normalName().equals("hr")) {
				previous.remove();
			}
			if (current == marker) {
				current.remove();
			}
			current = parent;
		}
	}

	private static final class TextCollector implements NodeVisitor {

		private final StringBuilder text;

		TextCollector(StringBuilder text) {
			this.text = text;
		}

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode textNode) {
				String value = textNode.getWholeText().replace('\u00a0', ' ').replaceAll("\\s+", " ");
				if (!value.isBlank() || (this.text.length() > 0 && !endsWithSpace())) {
					this.text.append(value);
				}
			}
			else if (node instanceof Element element) {
				if (element.normalName().equals("li")) {
					newline();
					this.text.append("- ");
				}
				else if (BLOCKS.contains(element.normalName())) {
					newline();
				}
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node instanceof Element element && BLOCKS.contains(element.normalName())
					&& !element.normalName().equals("br")) {
				newline();
			}
		}

		private void newline() {
			int end = this.text.length();
			while (end > 0 && this.text.charAt(end - 1) == ' ') {
				end--;
			}
			this.text.setLength(end);
			this.text.append('\n');
		}

		private boolean endsWithSpace() {
			char last = this.text.charAt(this.text.length() - 1);
			return last == ' ' || last == '\n';
		}

	}

}
