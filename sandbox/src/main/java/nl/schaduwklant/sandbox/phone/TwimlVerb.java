package nl.schaduwklant.sandbox.phone;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One TwiML verb the emulator follows.
 *
 * @param name the verb: {@code Stream} (from {@code <Start>}), {@code Pause},
 * {@code Play}, {@code Say}, {@code Redirect}, {@code Dial} or {@code Hangup}
 * @param attributes its attributes
 * @param text its text ({@code <Say>}'s words, {@code <Redirect>}'s URL, the number a
 * {@code <Dial>} calls)
 * @param parameters a stream's custom parameters; a dial's {@code <Number>} attributes
 */
record TwimlVerb(String name, Map<String, String> attributes, String text, Map<String, String> parameters) {

	/**
	 * @param twiml a TwiML document
	 * @return its verbs, in order
	 * @throws IllegalArgumentException when it is not TwiML
	 */
	static List<TwimlVerb> parse(String twiml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Element response = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(twiml.getBytes(StandardCharsets.UTF_8)))
				.getDocumentElement();
			if (!"Response".equals(response.getTagName())) {
				throw new IllegalArgumentException(
						"TwiML must have <Response> at its root, not " + response.getTagName());
			}
			List<TwimlVerb> verbs = new ArrayList<>();
			for (Element verb : children(response)) {
				if ("Start".equals(verb.getTagName())) {
					for (Element stream : children(verb)) {
						Map<String, String> parameters = new LinkedHashMap<>();
						for (Element parameter : children(stream)) {
							parameters.put(parameter.getAttribute("name"), parameter.getAttribute("value"));
						}
						verbs.add(new TwimlVerb(stream.getTagName(), attributes(stream), "", parameters));
					}
				}
				else if ("Gather".equals(verb.getTagName())) {
					verbs.add(new TwimlVerb("Gather", attributes(verb), verb.getTextContent().strip(), Map.of()));
				}
				else if ("Dial".equals(verb.getTagName())) {
					List<Element> numbers = children(verb);
					Element number = numbers.isEmpty() ? null : numbers.get(0);
					verbs.add(new TwimlVerb("Dial", attributes(verb),
							((number != null) ? number : verb).getTextContent().strip(),
							(number != null) ? attributes(number) : Map.of()));
				}
				else {
					verbs.add(new TwimlVerb(verb.getTagName(), attributes(verb), verb.getTextContent().strip(),
							Map.of()));
				}
			}
			return verbs;
		}
		catch (IllegalArgumentException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalArgumentException("not TwiML: " + ex.getMessage(), ex);
		}
	}

	String attribute(String name, String fallback) {
		String value = this.attributes.get(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	private static List<Element> children(Element element) {
		List<Element> children = new ArrayList<>();
		for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element child) {
				children.add(child);
			}
		}
		return children;
	}

	private static Map<String, String> attributes(Element element) {
		Map<String, String> attributes = new LinkedHashMap<>();
		for (int i = 0; i < element.getAttributes().getLength(); i++) {
			Node attribute = element.getAttributes().item(i);
			attributes.put(attribute.getNodeName(), attribute.getNodeValue());
		}
		return attributes;
	}

}
