package nl.schaduwklant.probes.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.schaduwklant.probes.Availability;

/**
 * Everything a chat session recorded, in our clock's instants.
 */
final class ChatRecording {

	Availability availability = Availability.MISSING;

	String availabilityReason;

	Instant availabilityAt;

	Instant pageLoadedAt;

	Instant sentAt;

	String clockDescription;

	final List<RecordedEvent> events = new ArrayList<>();

	final List<Screenshot> screenshots = new ArrayList<>();

	byte[] pageHtml;

	/**
	 * A screenshot taken during the chat.
	 *
	 * @param label when it was taken: {@code opened}, {@code first-human-reply},
	 * {@code end}
	 * @param png the PNG
	 * @param at when it was taken (our clock)
	 */
	record Screenshot(String label, byte[] png, Instant at) {
	}

	List<RecordedEvent> afterQuestion() {
		return (this.sentAt == null) ? List.of()
				: this.events.stream().filter((event) -> !event.at().isBefore(this.sentAt)).toList();
	}

}
