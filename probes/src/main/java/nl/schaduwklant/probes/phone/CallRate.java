package nl.schaduwklant.probes.phone;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Spaces the calls placed from one account: each call gets the next free slot, at least
 * {@code 1 / callsPerSecond} after the one before, and waits for it. Thread-safe.
 */
class CallRate {

	/** Waits; replaced in tests. */
	@FunctionalInterface
	interface Pause {

		void pause(Duration duration) throws InterruptedException;

	}

	private final Duration interval;

	private final Clock clock;

	private final Pause pause;

	private Instant nextSlot = Instant.MIN;

	CallRate(double callsPerSecond, Clock clock, Pause pause) {
		this.interval = Duration.ofNanos(Math.round(1e9 / callsPerSecond));
		this.clock = clock;
		this.pause = pause;
	}

	/**
	 * Waits for this call's slot.
	 * @return the slot's instant
	 * @throws InterruptedException if interrupted while waiting
	 */
	Instant awaitSlot() throws InterruptedException {
		Instant slot;
		synchronized (this) {
			Instant now = this.clock.instant();
			slot = this.nextSlot.isAfter(now) ? this.nextSlot : now;
			this.nextSlot = slot.plus(this.interval);
		}
		Duration wait = Duration.between(this.clock.instant(), slot);
		if (!wait.isNegative() && !wait.isZero()) {
			this.pause.pause(wait);
		}
		return slot;
	}

}
