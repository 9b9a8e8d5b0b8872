package nl.schaduwklant.probes.browser;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work in a browser on its own thread and kills the browser when one of its commands
 * takes longer than a step may: a hung browser is never waited for.
 */
public class BrowserWatchdog {

	private static final Logger log = LoggerFactory.getLogger(BrowserWatchdog.class);

	private final ExecutorService threads;

	private final Duration stepLimit;

	private final Duration checkEvery;

	public BrowserWatchdog(ExecutorService threads, Duration stepLimit, Duration checkEvery) {
		this.threads = threads;
		this.stepLimit = stepLimit;
		this.checkEvery = checkEvery;
	}

	/**
	 * @param <T> what the work gives
	 * @param browser the browser the work uses
	 * @param steps the work's steps
	 * @param work the work
	 * @return what the work gave
	 * @throws RuntimeException what the work threw
	 */
	public <T> T run(Browser browser, BrowserSteps steps, Callable<T> work) {
		Future<T> running = this.threads.submit(work);
		while (true) {
			try {
				return running.get(this.checkEvery.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException ex) {
				if (!steps.wasKilled() && steps.busyFor().compareTo(this.stepLimit) > 0) {
					log.warn("Browser hung while {}; killing it", steps.current());
					steps.markKilled();
					browser.kill();
				}
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException("browser work failed", ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				browser.kill();
				throw new IllegalStateException("interrupted while the browser worked", ex);
			}
		}
	}

}
