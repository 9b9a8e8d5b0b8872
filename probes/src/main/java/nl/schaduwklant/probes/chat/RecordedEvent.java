package nl.schaduwklant.probes.chat;

import java.time.Instant;
import java.util.Map;

import nl.schaduwklant.probes.Author;
import nl.schaduwklant.probes.browser.PageClock;

/**
 * One event the recorder noted in the page, with its instant converted to our clock.
 *
 * @param type what happened: {@code available}, {@code offline}, {@code opened},
 * {@code sent}, {@code message}, {@code typing}, {@code handoff}, {@code ended}
 * @param pageTime when, by the page's clock ({@code performance.now()})
 * @param at when, on our clock
 * @param author who wrote it (messages)
 * @param name the author's name as shown (messages)
 * @param text what it says (messages)
 * @param by who ended the chat (ended)
 */
record RecordedEvent(String type, double pageTime, Instant at, Author author, String name, String text, Author by) {

	static RecordedEvent of(Map<?, ?> raw, PageClock clock) {
		Object author = raw.get("author");
		Object by = raw.get("by");
		double pageTime = ((Number) raw.get("t")).doubleValue();
		return new RecordedEvent((String) raw.get("type"), pageTime, clock.instant(pageTime),
				(author != null) ? Author.valueOf((String) author) : null, (String) raw.get("name"),
				(String) raw.get("text"), (by != null) ? Author.valueOf((String) by) : null);
	}

	RecordedEvent convertedWith(PageClock clock) {
		return new RecordedEvent(this.type, this.pageTime, clock.instant(this.pageTime), this.author, this.name,
				this.text, this.by);
	}

	boolean is(String kind) {
		return this.type.equals(kind);
	}

	boolean isMessageFrom(Author kind) {
		return is("message") && this.author == kind;
	}

}
