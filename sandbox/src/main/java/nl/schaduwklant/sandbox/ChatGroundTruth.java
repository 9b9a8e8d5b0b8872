package nl.schaduwklant.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The record of what the simulated organisations' chats really did, per question (by its
 * token).
 */
public class ChatGroundTruth {

	private final Map<String, ChatTruth> byToken = new ConcurrentHashMap<>();

	private final Map<String, List<Presence>> served = new ConcurrentHashMap<>();

	/**
	 * Notes that the sandbox served an organisation's chat page with its widget in this
	 * state (for widgets that are online during opening hours only, the state depends on
	 * the time).
	 * @param organisationKey the organisation
	 * @param presence the state served
	 */
	public void served(String organisationKey, Presence presence) {
		this.served.computeIfAbsent(organisationKey, (key) -> new CopyOnWriteArrayList<>()).add(presence);
	}

	/**
	 * Returns the states an organisation's chat page was served in, oldest first.
	 * @param organisationKey the organisation
	 * @return the states
	 */
	public List<Presence> servedPresences(String organisationKey) {
		return List.copyOf(this.served.getOrDefault(organisationKey, List.of()));
	}

	public void planned(ChatTruth truth) {
		this.byToken.merge(truth.token(), truth,
				(known, planned) -> new ChatTruth(planned.organisationKey(), planned.token(), planned.scenarioKey(),
						known.askedAt(), known.typingAt(), known.botRepliedAt(), known.agentRepliedAt(),
						planned.agentName(), known.endedAt(), planned.quality(), planned.factsIncluded(),
						planned.injectedErrors(), planned.agentText()));
	}

	/**
	 * Notes that the page showed something.
	 * @param organisationKey the organisation
	 * @param token the question's token
	 * @param kind {@code question}, {@code typing}, {@code bot}, {@code agent} or
	 * {@code ended}
	 * @param at when the page showed it
	 */
	public void shown(String organisationKey, String token, String kind, Instant at) {
		this.byToken.compute(token, (key, known) -> {
			ChatTruth t = (known != null) ? known : new ChatTruth(organisationKey, token, null, null, null, null, null,
					null, null, null, null, null, null);
			return new ChatTruth(t.organisationKey(), t.token(), t.scenarioKey(),
					first(t.askedAt(), kind.equals("question") ? at : null),
					first(t.typingAt(), kind.equals("typing") ? at : null),
					first(t.botRepliedAt(), kind.equals("bot") ? at : null),
					first(t.agentRepliedAt(), kind.equals("agent") ? at : null), t.agentName(),
					first(t.endedAt(), kind.equals("ended") ? at : null), t.quality(), t.factsIncluded(),
					t.injectedErrors(), t.agentText());
		});
	}

	public Optional<ChatTruth> forToken(String token) {
		return Optional.ofNullable(this.byToken.get(token));
	}

	public List<ChatTruth> all() {
		return new ArrayList<>(this.byToken.values());
	}

	private static Instant first(Instant known, Instant now) {
		return (known != null) ? known : now;
	}

}
