package nl.schaduwklant.probes.browser;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSourceResolvable;

/**
 * At most a fixed number of browsers at once on this node, each holding one probe at a
 * time. Starting a browser costs seconds of CPU, so a browser that ended its probe
 * cleanly holds the next one, in a fresh browsing context of its own (see
 * {@link Browser}), up to a number of probes; then, or when it crashed, hung or could not
 * remove the probe's context, it is closed (or killed) and a new one is started. Browsers
 * left without a probe for longer than the idle timeout are closed by
 * {@link #closeIdle()}.
 */
public class BrowserPool implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(BrowserPool.class);

	private final BrowserFactory factory;

	private final Semaphore permits;

	private final int probesPerBrowser;

	private final Duration idleTimeout;

	private final Set<Browser> active = ConcurrentHashMap.newKeySet();

	private final Deque<Idle> idle = new ArrayDeque<>();

	private volatile boolean closed;

	/**
	 * A pool that gives every probe a new browser.
	 * @param factory starts browsers
	 * @param maxBrowsers the most browsers at once
	 */
	public BrowserPool(BrowserFactory factory, int maxBrowsers) {
		this(factory, maxBrowsers, 1, Duration.ZERO);
	}

	/**
	 * @param factory starts browsers
	 * @param maxBrowsers the most browsers at once
	 * @param probesPerBrowser the most probes one browser holds, one after another
	 * @param idleTimeout how long a browser without a probe stays open
	 */
	public BrowserPool(BrowserFactory factory, int maxBrowsers, int probesPerBrowser, Duration idleTimeout) {
		this.factory = factory;
		this.permits = new Semaphore(maxBrowsers, true);
		this.probesPerBrowser = Math.max(1, probesPerBrowser);
		this.idleTimeout = idleTimeout;
	}

	/**
	 * @param wait how long to wait for a free place
	 * @return a browser with a fresh browsing context for one probe, to be given back
	 * with {@link #release(Browser, boolean)}
	 * @throws BrowserUnavailable when no place came free in time, or no browser started
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
			Browser browser = ready(takeIdle());
			this.active.add(browser);
			return browser;
		}
		catch (RuntimeException ex) {
			this.permits.release();
			throw new BrowserUnavailable("the browser did not start: " + ex.getMessage(), ex);
		}
	}

	/**
	 * @param idle a browser that held probes before, if any
	 * @return a browser with a fresh context: the idle one, or a new one when there is
	 * none or it cannot open a context
	 */
	private Browser ready(Browser idle) {
		if (idle != null) {
			try {
				idle.beginProbe();
				return idle;
			}
			catch (RuntimeException ex) {
				log.debug("A browser could not open a fresh context ({}); starting another", ex.toString());
				idle.close();
			}
		}
		Browser started = this.factory.start();
		try {
			started.beginProbe();
			return started;
		}
		catch (RuntimeException ex) {
			started.close();
			throw ex;
		}
	}

	/**
	 * Gives a browser back after a probe that ended normally.
	 * @param browser the browser
	 */
	public void release(Browser browser) {
		release(browser, true);
	}

	/**
	 * Gives a browser back: it holds the next probe if the probe ended normally, it was
	 * not killed, it has room for more probes and the probe's context was removed;
	 * otherwise it is closed.
	 * @param browser the browser
	 * @param probeEndedNormally whether the probe's work ended without an exception
	 */
	public void release(Browser browser, boolean probeEndedNormally) {
		try {
			boolean reuse = probeEndedNormally && !this.closed && browser.probesHeld() < this.probesPerBrowser
					&& browser.endProbe();
			if (reuse) {
				synchronized (this.idle) {
					this.idle.push(new Idle(browser, System.nanoTime()));
				}
			}
			else {
				browser.close();
			}
		}
		finally {
			if (this.active.remove(browser)) {
				this.permits.release();
			}
			synchronized (this.active) {
				this.active.notifyAll();
			}
		}
		if (this.closed) {
			closeAllIdle();
		}
	}

	/**
	 * @return the browsers holding a probe now
	 */
	public List<Browser> active() {
		return List.copyOf(this.active);
	}

	/**
	 * Waits until no browser holds a probe.
	 * @param atMost how long to wait at most
	 * @return whether none holds one
	 */
	public boolean awaitNoneActive(Duration atMost) {
		long until = System.nanoTime() + atMost.toNanos();
		synchronized (this.active) {
			while (!this.active.isEmpty()) {
				long left = until - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				try {
					TimeUnit.NANOSECONDS.timedWait(this.active, left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return this.active.isEmpty();
				}
			}
			return true;
		}
	}

	/**
	 * @return how many browsers are open without a probe
	 */
	public int idle() {
		synchronized (this.idle) {
			return this.idle.size();
		}
	}

	/**
	 * @return why this pool's browsers cannot be started on this node, if that is known
	 * without trying
	 */
	public Optional<MessageSourceResolvable> unavailable() {
		return this.factory.unavailable();
	}

	/**
	 * Closes the browsers without a probe; those holding one are closed when given back.
	 */
	@Override
	public void close() {
		this.closed = true;
		closeAllIdle();
	}

	private Browser takeIdle() {
		synchronized (this.idle) {
			Idle last = this.idle.poll();
			return (last != null) ? last.browser() : null;
		}
	}

	/**
	 * Closes the browsers that have been without a probe for longer than the idle
	 * timeout; called on a schedule.
	 */
	public void closeIdle() {
		long now = System.nanoTime();
		while (true) {
			Browser expired;
			synchronized (this.idle) {
				Idle oldest = this.idle.peekLast();
				if (oldest == null || now - oldest.since() < this.idleTimeout.toNanos()) {
					return;
				}
				expired = this.idle.pollLast().browser();
			}
			expired.close();
		}
	}

	private void closeAllIdle() {
		Browser browser;
		while ((browser = takeIdle()) != null) {
			browser.close();
		}
	}

	private record Idle(Browser browser, long since) {
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
