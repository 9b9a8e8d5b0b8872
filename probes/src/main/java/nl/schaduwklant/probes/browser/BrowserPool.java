package nl.schaduwklant.probes.browser;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most a fixed number of browsers at once on this node; each probe gets a new browser
 * with a clean profile, closed (or killed) when the probe is done with it.
 */
public class BrowserPool {

	private final BrowserFactory factory;

	private final Semaphore permits;

	private final Set<Browser> active = ConcurrentHashMap.newKeySet();

	public BrowserPool(BrowserFactory factory, int maxBrowsers) {
		this.factory = factory;
		this.permits = new Semaphore(maxBrowsers, true);
	}

	/**
	 * @param wait how long to wait for a free place
	 * @return a new browser, to be given back with {@link #release(Browser)}
	 * @throws BrowserUnavailable when no place came free in time, or the browser did not
	 * start
	 */
	public Browser acquire(Duration wait) {
		try {
			if (!this.permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new BrowserUnavailable("no browser came free within " + wait, null);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BrowserUnavailable("interrupted while waiting for a browser", ex);
		}
		try {
			Browser browser = this.factory.start();
			this.active.add(browser);
			return browser;
		}
		catch (RuntimeException ex) {
			this.permits.release();
			throw new BrowserUnavailable("the browser did not start: " + ex.getMessage(), ex);
		}
	}

	public void release(Browser browser) {
		try {
			browser.close();
		}
		finally {
			if (this.active.remove(browser)) {
				this.permits.release();
			}
		}
	}

	/**
	 * @return the browsers in use now
	 */
	public List<Browser> active() {
		return List.copyOf(this.active);
	}

	/**
	 * No browser could be had: our failure, not the organisation's.
	 */
	public static class BrowserUnavailable extends RuntimeException {

		BrowserUnavailable(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
