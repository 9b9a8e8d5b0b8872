package nl.schaduwklant;

import java.time.Duration;

/**
 * The demo campaign's probes were not all settled within the demo's timeout.
 */
class DemoTimedOut extends Exception {

	private final Duration timeout;

	private final transient DemoProgress progress;

	DemoTimedOut(Duration timeout, DemoProgress progress) {
		super("The demo campaign's probes were not settled within " + timeout + ": " + progress.unsettled()
				+ " still open");
		this.timeout = timeout;
		this.progress = progress;
	}

	Duration timeout() {
		return this.timeout;
	}

	/**
	 * @return how far the campaign was when the timeout passed
	 */
	DemoProgress progress() {
		return this.progress;
	}

}
