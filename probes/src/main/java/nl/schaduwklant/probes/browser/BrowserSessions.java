package nl.schaduwklant.probes.browser;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSourceResolvable;

/**
 * Runs a probe's work in a browser: takes a browser from the pool (waiting at most
 * {@code browser-wait} for one), runs the work under the watchdog that kills a hung
 * browser, and gives the browser back whatever happens: after work that failed it is
 * closed, never handed to the next probe. The chat and contact-form probes share it, and
 * so share the pool.
 */
public class BrowserSessions {

	private static final Logger log = LoggerFactory.getLogger(BrowserSessions.class);

	/** The resource the channels that use browsers share. */
	public static final String RESOURCE = "browsers";

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
		boolean endedNormally = false;
		try {
			T result = this.watchdog.run(browser, steps, () -> work.run(browser, steps));
			endedNormally = !steps.wasKilled();
			return result;
		}
		finally {
			this.pool.release(browser, endedNormally);
		}
	}

	/**
	 * @return why no browser can be started on this node, if that is known without trying
	 */
	public Optional<MessageSourceResolvable> unavailable() {
		return this.pool.unavailable();
	}

	/**
	 * @param atMost how long to wait at most
	 * @return whether no browser is in use any more
	 */
	public boolean awaitNoneInUse(Duration atMost) {
		return this.pool.awaitNoneActive(atMost);
	}

	/**
	 * Kills every browser in use now, e.g. because the node is stopping: the work in each
	 * fails as if its browser had crashed, and ends by the rule of its irreversible step.
	 * @param why why, for the log
	 */
	public void killAll(String why) {
		for (Browser browser : this.pool.active()) {
			log.warn("Killing a browser in use: {}", why);
			browser.kill();
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
