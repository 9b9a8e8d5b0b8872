package nl.schaduwklant.probes.browser;

import java.time.Clock;

/**
 * Runs a probe's work in a browser: takes a browser from the pool (waiting at most
 * {@code browser-wait} for one), runs the work under the watchdog that kills a hung
 * browser, and gives the browser back whatever happens. The chat and contact-form probes
 * share it, and so share the pool.
 */
public class BrowserSessions {

	private final BrowserPool pool;

	private final BrowserWatchdog watchdog;

	private final BrowserProperties properties;

	private final Clock clock;

	public BrowserSessions(BrowserPool pool, BrowserWatchdog watchdog, BrowserProperties properties, Clock clock) {
		this.pool = pool;
		this.watchdog = watchdog;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @return how many browsers this node runs at once
	 */
	public int capacity() {
		return this.properties.maxBrowsers();
	}

	/**
	 * @param work what to do with the browser
	 * @param <T> what the work gives
	 * @return what the work gave
	 * @throws BrowserPool.BrowserUnavailable when no browser could be had: our failure
	 */
	public <T> T run(BrowserWork<T> work) {
		Browser browser = this.pool.acquire(this.properties.browserWait());
		var steps = new BrowserSteps(this.clock);
		try {
			return this.watchdog.run(browser, steps, () -> work.run(browser, steps));
		}
		finally {
			this.pool.release(browser);
		}
	}

	/**
	 * Work done in one browser, every command of it a step of {@code steps}.
	 *
	 * @param <T> what the work gives
	 */
	@FunctionalInterface
	public interface BrowserWork<T> {

		T run(Browser browser, BrowserSteps steps);

	}

}
