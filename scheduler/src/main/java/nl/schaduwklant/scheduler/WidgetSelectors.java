package nl.schaduwklant.scheduler;

import jakarta.validation.constraints.Size;

/**
 * CSS selectors of a chat widget, for the generic adapter (every one may be needed) and
 * to override a built-in adapter's defaults (absent ones keep the default). Selectors
 * inside the widget apply within its frame or shadow root.
 *
 * @param launcher the button that opens the chat
 * @param frame the iframe the widget lives in, if any
 * @param shadowHost the element whose (open) shadow root holds the widget, if any
 * @param preChatName the pre-chat form's name field
 * @param preChatEmail the pre-chat form's e-mail field
 * @param preChatTopic the pre-chat form's topic field
 * @param preChatSubmit the pre-chat form's submit button
 * @param input the message input
 * @param send the send button
 * @param message one message
 * @param messageText the text of a message, within it (absent: the whole message)
 * @param agentMarker what marks a message from a human agent
 * @param botMarker what marks a message from a bot
 * @param systemMarker what marks a system message
 * @param visitorMarker what marks a message from the visitor (us)
 * @param authorName where a message shows its author's name
 * @param offlineMarker what shows the chat is offline
 * @param endedMarker what shows the chat has ended
 * @param typingMarker what shows someone is typing
 */
public record WidgetSelectors(@Size(max = 500) String launcher, @Size(max = 500) String frame,
		@Size(max = 500) String shadowHost, @Size(max = 500) String preChatName, @Size(max = 500) String preChatEmail,
		@Size(max = 500) String preChatTopic, @Size(max = 500) String preChatSubmit, @Size(max = 500) String input,
		@Size(max = 500) String send, @Size(max = 500) String message, @Size(max = 500) String messageText,
		@Size(max = 500) String agentMarker, @Size(max = 500) String botMarker, @Size(max = 500) String systemMarker,
		@Size(max = 500) String visitorMarker, @Size(max = 500) String authorName,
		@Size(max = 500) String offlineMarker, @Size(max = 500) String endedMarker,
		@Size(max = 500) String typingMarker) {

	public static WidgetSelectors none() {
		return new WidgetSelectors(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null);
	}

	/**
	 * @param defaults the selectors to use where this has none
	 * @return these selectors, completed with the defaults
	 */
	public WidgetSelectors orElse(WidgetSelectors defaults) {
		return new WidgetSelectors(or(this.launcher, defaults.launcher), or(this.frame, defaults.frame),
				or(this.shadowHost, defaults.shadowHost), or(this.preChatName, defaults.preChatName),
				or(this.preChatEmail, defaults.preChatEmail), or(this.preChatTopic, defaults.preChatTopic),
				or(this.preChatSubmit, defaults.preChatSubmit), or(this.input, defaults.input),
				or(this.send, defaults.send), or(this.message, defaults.message),
				or(this.messageText, defaults.messageText), or(this.agentMarker, defaults.agentMarker),
				or(this.botMarker, defaults.botMarker), or(this.systemMarker, defaults.systemMarker),
				or(this.visitorMarker, defaults.visitorMarker), or(this.authorName, defaults.authorName),
				or(this.offlineMarker, defaults.offlineMarker), or(this.endedMarker, defaults.endedMarker),
				or(this.typingMarker, defaults.typingMarker));
	}

	private static String or(String value, String fallback) {
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
