package nl.schaduwklant.probes.chat;

import java.util.EnumMap;
import java.util.Map;

import nl.schaduwklant.scheduler.WidgetKind;
import nl.schaduwklant.scheduler.WidgetSelectors;

/**
 * What the chat probe knows of each kind of widget: where its parts are in the page, and
 * whether its messages (with their authors) come from its JavaScript API or from its DOM.
 * An organisation's configured selectors override these defaults.
 */
final class WidgetProfiles {

	/**
	 * What the probe knows of one kind of widget.
	 *
	 * @param selectors where its parts are
	 * @param adapter the source of the adapter script that uses its JavaScript API, if it
	 * has one (read once, when the class is loaded)
	 * @param messagesFromApi whether its messages are read from its API rather than its
	 * DOM
	 */
	record WidgetProfile(WidgetSelectors selectors, String adapter, boolean messagesFromApi) {
	}

	private static final Map<WidgetKind, WidgetProfile> PROFILES = new EnumMap<>(WidgetKind.class);

	static {
		PROFILES.put(WidgetKind.GENERIC, new WidgetProfile(WidgetSelectors.none(), null, false));
		PROFILES.put(WidgetKind.ZENDESK, new WidgetProfile(new WidgetSelectors("iframe#launcher",
				"iframe[title=\"Messaging window\"]", null, "input[name=\"name\"]", "input[name=\"email\"]", null,
				"button[data-testid=\"start-conversation\"]", "textarea[aria-label=\"Type a message\"]",
				"button[aria-label=\"Send message\"]", "[data-testid=\"message\"]", "[data-testid=\"message-text\"]",
				"[data-author-type=\"agent\"]", "[data-author-type=\"bot\"]", "[data-author-type=\"system\"]",
				"[data-author-type=\"user\"]", "[data-testid=\"message-author\"]", "[data-testid=\"offline-notice\"]",
				"[data-testid=\"conversation-ended\"]", "[data-testid=\"typing-indicator\"]"),
				ChatScripts.resource("widgets/zendesk.js"), false));
		PROFILES.put(WidgetKind.INTERCOM, new WidgetProfile(
				new WidgetSelectors(".intercom-launcher", "iframe[name=\"intercom-messenger-frame\"]", null, null, null,
						null, null, "textarea[name=\"message\"]", "button[aria-label=\"Send a message\"]",
						".intercom-comment", ".intercom-comment-body", ".intercom-comment-container-admin",
						".intercom-comment-container-bot", ".intercom-comment-container-system",
						".intercom-comment-container-user", ".intercom-comment-author", ".intercom-offline-notice",
						".intercom-conversation-ended", ".intercom-typing-indicator"),
				ChatScripts.resource("widgets/intercom.js"), false));
		PROFILES.put(WidgetKind.LIVECHAT,
				new WidgetProfile(
						new WidgetSelectors(null, "iframe#chat-widget", null, "input#name", "input#email", null,
								"button[type=\"submit\"].lc-start-chat", "textarea#chat-feed-input",
								"button[aria-label=\"Send a message\"]", null, null, null, null, null, null, null,
								".lc-offline", ".lc-chat-ended", ".lc-typing-indicator"),
						ChatScripts.resource("widgets/livechat.js"), true));
		PROFILES.put(WidgetKind.SALESFORCE,
				new WidgetProfile(
						new WidgetSelectors(".embeddedServiceHelpButton .helpButtonEnabled", null, null, null, null,
								null, ".embeddedServiceSidebar button.startButton",
								".embeddedServiceSidebar textarea.chasitorText", null, null, null, null, null, null,
								null, null, ".embeddedServiceHelpButton .helpButtonDisabled",
								".embeddedServiceSidebar .endChatMessage", ".embeddedServiceSidebar .isTyping"),
						ChatScripts.resource("widgets/salesforce.js"), true));
		PROFILES.put(WidgetKind.TAWK,
				new WidgetProfile(
						new WidgetSelectors(null, "iframe[title=\"chat widget\"]", null, "input#tawk-name",
								"input#tawk-email", null, "button.tawk-prechat-submit",
								"textarea.tawk-chatinput-editor", "button.tawk-chatinput-send", null, null, null, null,
								null, null, null, ".tawk-offline", ".tawk-chat-ended", ".tawk-typing"),
						ChatScripts.resource("widgets/tawk.js"), true));
	}

	private WidgetProfiles() {
	}

	static WidgetProfile of(WidgetKind kind) {
		return PROFILES.get(kind);
	}

}
