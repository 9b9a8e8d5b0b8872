package nl.schaduwklant.sandbox.web;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.schaduwklant.sandbox.ChatBehaviour;
import nl.schaduwklant.sandbox.Presence;
import org.jsoup.nodes.Entities;
import tools.jackson.databind.json.JsonMapper;

/**
 * The page an organisation's chat widget is on, with the snippet its vendor would have
 * the organisation paste in.
 */
final class ChatPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ChatPages() {
	}

	static String page(String key, String name, ChatBehaviour behaviour, Presence presence) {
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("org", key);
		config.put("widget", behaviour.widget().name());
		config.put("placement", (behaviour.placement() != null) ? behaviour.placement().name() : "PAGE");
		config.put("presence", presence.name());
		config.put("preChatForm", behaviour.preChatForm());
		config.put("loadDelay", 300);
		String snippet = switch (behaviour.widget()) {
			case TAWK -> "<script>var Tawk_API = Tawk_API || {}; var Tawk_LoadStart = new Date();"
					+ " Tawk_API.onLoad = function () { document.body.setAttribute('data-chat', 'loaded'); };</script>";
			case SALESFORCE -> "<script>window.__sandboxReady = function () {"
					+ " embedded_svc.settings.displayHelpButton = true; embedded_svc.settings.language = 'nl';"
					+ " embedded_svc.init('https://sandbox.my.salesforce.com', 'https://sandbox.my.site.com',"
					+ " 'https://service.force.com', '00D000000000000', 'Klantenservice', {}); };</script>";
			case INTERCOM -> "<script>window.intercomSettings = { app_id: 'sandbox' };</script>";
			default -> "";
		};
		return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Klantenservice "
				+ Entities.escape(name) + "</title></head><body><h1>" + Entities.escape(name)
				+ "</h1><p>Heeft u een vraag? Onze klantenservice helpt u graag.</p><script>window.__sandbox = "
				+ JSON.writeValueAsString(config) + ";</script>" + snippet
				+ "<script src=\"/static/widget.js\"></script></body></html>";
	}

}
