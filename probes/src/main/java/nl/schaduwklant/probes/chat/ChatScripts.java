package nl.schaduwklant.probes.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.schaduwklant.scheduler.WidgetSelectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scripts the chat probe installs in a page: the recorder, configured with the
 * widget's selectors, followed by the widget's adapter script.
 */
final class ChatScripts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String RECORDER = resource("recorder.js");

	private ChatScripts() {
	}

	static String installation(WidgetSelectors selectors, WidgetProfiles.WidgetProfile profile, List<String> botNames) {
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("launcher", selectors.launcher());
		config.put("frame", selectors.frame());
		config.put("shadowHost", selectors.shadowHost());
		config.put("preChatName", selectors.preChatName());
		config.put("preChatEmail", selectors.preChatEmail());
		config.put("preChatTopic", selectors.preChatTopic());
		config.put("preChatSubmit", selectors.preChatSubmit());
		config.put("input", selectors.input());
		config.put("send", selectors.send());
		config.put("message", selectors.message());
		config.put("messageText", selectors.messageText());
		config.put("agentMarker", selectors.agentMarker());
		config.put("botMarker", selectors.botMarker());
		config.put("systemMarker", selectors.systemMarker());
		config.put("visitorMarker", selectors.visitorMarker());
		config.put("authorName", selectors.authorName());
		config.put("offlineMarker", selectors.offlineMarker());
		config.put("endedMarker", selectors.endedMarker());
		config.put("typingMarker", selectors.typingMarker());
		config.put("botNames", botNames);
		config.put("messagesFromApi", profile.messagesFromApi());
		String script = RECORDER.replace("__SK_CONFIG__", JSON.writeValueAsString(config));
		return (profile.script() != null) ? script + "\n" + resource("widgets/" + profile.script()) : script;
	}

	private static String resource(String name) {
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
