package nl.schaduwklant.probes.browser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Runs browser commands as named steps, so that a watchdog can see which command has been
 * running for how long, and a failure can say what the browser was doing.
 */
public class BrowserSteps {

	private final Clock clock;

	private volatile String step = "starting the browser";

	private volatile Instant stepStartedAt;

	private volatile boolean killed;

	public BrowserSteps(Clock clock) {
		this.clock = clock;
	}

	public <T> T step(String name, Supplier<T> command) {
		this.step = name;
		this.stepStartedAt = this.clock.instant();
		try {
			return command.get();
		}
		finally {
			this.stepStartedAt = null;
		}
	}

	public String current() {
		return this.step;
	}

	/**
	 * @return how long the current command has been running, or zero between commands
	 */
	public Duration busyFor() {
		Instant started = this.stepStartedAt;
		return (started != null) ? Duration.between(started, this.clock.instant()) : Duration.ZERO;
	}

	public void markKilled() {
		this.killed = true;
	}

	/**
	 * @return whether the watchdog killed the browser (errors that follow mean it hung)
	 */
	public boolean wasKilled() {
		return this.killed;
	}

}
