package nl.schaduwklant.probes.chat;

import java.util.Locale;

import nl.schaduwklant.probes.browser.PageClock;

/**
 * The page clock of one chat. It is measured when the page has loaded, again with every
 * collection of the recorded events (each is a round trip that reads the page's clock),
 * and once more at the end; the narrowest measurement converts every instant of the chat.
 * The offsets at the start and at the end are recorded beside it, so a drift between the
 * page's clock and ours would show.
 */
final class ChatClock {

	private final PageClock atStart;

	private PageClock best;

	private PageClock atEnd;

	private int measurements = 1;

	ChatClock(PageClock atStart) {
		this.atStart = atStart;
		this.best = atStart;
	}

	/**
	 * @param measurement another measurement; ignored when it is of another document's
	 * clock (the page navigated)
	 */
	void measured(PageClock measurement) {
		if (measurement.timeOrigin() != this.atStart.timeOrigin()) {
			return;
		}
		this.best = this.best.narrower(measurement);
		this.measurements++;
	}

	void measuredAtEnd(PageClock measurement) {
		this.atEnd = measurement;
		measured(measurement);
	}

	PageClock best() {
		return this.best;
	}

	String describe() {
		String description = this.best.describe() + ", the narrowest of " + this.measurements
				+ " measurements; at the start " + this.atStart.offset();
		if (this.atEnd == null) {
			return description + ", not measured at the end";
		}
		return description + ", at the end " + this.atEnd.offset() + String.format(Locale.ROOT, " (drift %+.1f ms)",
				this.atEnd.offsetMillis() - this.atStart.offsetMillis());
	}

}
