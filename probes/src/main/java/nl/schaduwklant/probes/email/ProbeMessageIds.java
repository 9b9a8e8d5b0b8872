package nl.schaduwklant.probes.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Message-IDs we own: {@code <sk.PROBE-ID.ATTEMPT@DOMAIN>}, so every mystery e-mail
 * carries its probe id and every reply that keeps the thread names it.
 */
final class ProbeMessageIds {

	private static final Pattern OURS = Pattern.compile(
			"<?sk\\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.(\\d+)@[^>\\s]+>?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ANY_ID = Pattern.compile("<[^<>\\s]+>");

	private ProbeMessageIds() {
	}

	static String of(UUID probeId, int attempt, String domain) {
		return "<sk." + probeId + "." + attempt + "@" + domain + ">";
	}

	static Optional<UUID> probeIdIn(String messageId) {
		if (messageId == null) {
			return Optional.empty();
		}
		Matcher matcher = OURS.matcher(messageId.strip());
		return matcher.matches() ? Optional.of(UUID.fromString(matcher.group(1))) : Optional.empty();
	}

	/**
	 * @param text any text, such as the message a bounce returns
	 * @return the probe ids of our Message-IDs in it, in order
	 */
	static List<UUID> probeIdsIn(String text) {
		List<UUID> ids = new ArrayList<>();
		Matcher matcher = OURS.matcher(text);
		while (matcher.find()) {
			UUID id = UUID.fromString(matcher.group(1));
			if (!ids.contains(id)) {
				ids.add(id);
			}
		}
		return ids;
	}

	/**
	 * @param header an In-Reply-To or References header, possibly folded
	 * @return the Message-IDs it lists, in order
	 */
	static List<String> idsIn(String header) {
		List<String> ids = new ArrayList<>();
		if (header != null) {
			Matcher matcher = ANY_ID.matcher(header);
			while (matcher.find()) {
				ids.add(matcher.group());
			}
		}
		return ids;
	}

}
