package nl.schaduwklant.probes.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.schaduwklant.probes.Availability;
import nl.schaduwklant.probes.browser.PageClock;

/**
 * Everything a chat session recorded. Instants the page gave are kept by the page's clock
 * too, and converted to ours once the chat is over, with the best measurement of the
 * page's clock.
 */
final class ChatRecording {

	Availability availability = Availability.MISSING;

	String availabilityReason;

	Instant availabilityAt;

	Double availabilityPageTime;

	Instant pageLoadedAt;

	Double pageLoadedPageTime;

	Instant sentAt;

	Double sentPageTime;

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
		return (this.sentPageTime == null) ? List.of()
				: this.events.stream().filter((event) -> event.pageTime() >= this.sentPageTime).toList();
	}

	/**
	 * Converts every instant the page gave to our clock.
	 * @param clock the page's clock
	 * @param description how, with the conversion's uncertainty
	 */
	void convert(PageClock clock, String description) {
		this.clockDescription = description;
		this.events.replaceAll((event) -> event.convertedWith(clock));
		if (this.pageLoadedPageTime != null) {
			this.pageLoadedAt = clock.instant(this.pageLoadedPageTime);
		}
		if (this.sentPageTime != null) {
			this.sentAt = clock.instant(this.sentPageTime);
		}
		if (this.availabilityPageTime != null) {
			this.availabilityAt = clock.instant(this.availabilityPageTime);
		}
	}

}
