package nl.schaduwklant.probes;

import java.time.Instant;
import java.util.List;

/**
 * What a live conversation (a chat) observed beyond the instants every channel has.
 *
 * @param availability whether the chat could be started
 * @param availabilityReason why not, when it could not (e.g. "no launcher", "offline
 * message", "outside opening hours")
 * @param firstBotReplyAt when a bot first answered
 * @param agentName the name the first human agent showed
 * @param handedOff whether a bot handed the chat over to a human
 * @param endedAt when the chat ended
 * @param endedBy who ended it: {@code AGENT} or {@code VISITOR} (us, after waiting)
 * @param transcript every message, in order
 */
public record Conversation(Availability availability, String availabilityReason, Instant firstBotReplyAt,
		String agentName, boolean handedOff, Instant endedAt, Author endedBy, List<TranscriptEntry> transcript) {

	public Conversation {
		transcript = (transcript != null) ? List.copyOf(transcript) : List.of();
	}

	/**
	 * @return whether only a bot answered: a human answer would make this false
	 */
	public boolean botOnly() {
		return this.firstBotReplyAt != null
				&& this.transcript.stream().noneMatch((entry) -> entry.author() == Author.AGENT);
	}

}
