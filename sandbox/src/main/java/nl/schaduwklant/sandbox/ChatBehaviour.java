package nl.schaduwklant.sandbox;

import nl.schaduwklant.scheduler.WidgetKind;

/**
 * How a simulated organisation's web chat behaves. Delays are in milliseconds after the
 * visitor's question.
 *
 * @param widget the kind of widget it imitates
 * @param placement where a generic widget lives
 * @param presence whether the widget is there and online
 * @param preChatForm whether a pre-chat form asks for name and e-mail first
 * @param botName the bot's name, if a bot answers first
 * @param botReplyMillis when the bot answers
 * @param typingMillis when a typing indicator shows before the agent's answer
 * @param agentName the agent's name, if a human answers
 * @param agentReplyMillis when the human agent answers
 * @param quality how good the agent's answer is
 * @param errorsPerReply how many known language errors the agent's answer contains
 * @param endAfterMillis when the agent ends the chat, if it does
 * @param hostile whether the agent's answer contains markup and script (shown as text)
 */
public record ChatBehaviour(WidgetKind widget, Placement placement, Presence presence, boolean preChatForm,
		String botName, Integer botReplyMillis, Integer typingMillis, String agentName, Integer agentReplyMillis,
		AnswerQuality quality, int errorsPerReply, Integer endAfterMillis, boolean hostile) {

	public boolean humanAnswers() {
		return this.agentReplyMillis != null;
	}

}
