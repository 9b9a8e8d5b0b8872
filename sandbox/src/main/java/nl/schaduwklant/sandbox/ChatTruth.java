package nl.schaduwklant.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * What a simulated organisation's chat really did with one question: the ground truth the
 * chat probe's measurements are checked against. Instants are when the sandbox's page
 * showed something, as the page itself reported it (by this machine's clock), so network
 * and server delays do not blur them.
 *
 * @param organisationKey the organisation
 * @param token the probe token in the question
 * @param scenarioKey the question
 * @param askedAt when the page received the question
 * @param typingAt when a typing indicator showed
 * @param botRepliedAt when the bot answered
 * @param agentRepliedAt when the human agent answered
 * @param agentName the agent's name
 * @param endedAt when the organisation ended the chat
 * @param quality how good the agent's answer was
 * @param factsIncluded the facts the agent's answer contains
 * @param injectedErrors the known language errors in it
 * @param agentText what the agent wrote
 */
public record ChatTruth(String organisationKey, String token, String scenarioKey, Instant askedAt, Instant typingAt,
		Instant botRepliedAt, Instant agentRepliedAt, String agentName, Instant endedAt, AnswerQuality quality,
		List<String> factsIncluded, List<InjectedError> injectedErrors, String agentText) {

	public ChatTruth {
		factsIncluded = (factsIncluded != null) ? List.copyOf(factsIncluded) : List.of();
		injectedErrors = (injectedErrors != null) ? List.copyOf(injectedErrors) : List.of();
	}

}
