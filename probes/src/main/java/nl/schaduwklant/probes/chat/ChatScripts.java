package nl.schaduwklant.probes.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.schaduwklant.scheduler.WidgetSelectors;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scripts the chat probe installs in a page: the recorder, configured with the
 * widget's selectors, followed by the widget's adapter script.
 */
final class ChatScripts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String RECORDER = resource("recorder.js");

	private static final TypeReference<Map<String, Object>> CONFIG = new TypeReference<>() {
	};

	private ChatScripts() {
	}

	static String installation(WidgetSelectors selectors, WidgetProfiles.WidgetProfile profile, List<String> botNames) {
		// every selector under its own name, as the recorder reads them
		Map<String, Object> config = new LinkedHashMap<>(JSON.convertValue(selectors, CONFIG));
		config.put("botNames", botNames);
		config.put("messagesFromApi", profile.messagesFromApi());
		String script = RECORDER.replace("__SK_CONFIG__", JSON.writeValueAsString(config));
		return (profile.adapter() != null) ? script + "\n" + profile.adapter() : script;
	}

	/**
	 * @param name a script under {@code /chat/}
	 * @return its source
	 */
	static String resource(String name) {
		try (InputStream in = ChatScripts.class.getResourceAsStream("/chat/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Missing chat script " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
