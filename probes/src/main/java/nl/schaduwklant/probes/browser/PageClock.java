package nl.schaduwklant.probes.browser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;

/**
 * Converts a page's {@code performance.now()} instants into the probe node's clock with
 * one measured offset. The offset is taken from the fastest of a few round trips: the
 * page's time is read between two readings of our clock and placed in their middle, so it
 * is off by at most half that round trip.
 *
 * @param timeOrigin the page's {@code performance.timeOrigin} (epoch milliseconds)
 * @param offsetMillis our clock minus the page's clock, in milliseconds
 * @param uncertainty half the round trip of the measurement
 */
public record PageClock(double timeOrigin, double offsetMillis, Duration uncertainty) {

	private static final int SAMPLES = 7;

	public static PageClock measure(JavascriptExecutor page, Clock clock) {
		PageClock best = null;
		for (int i = 0; i < SAMPLES; i++) {
			Instant before = clock.instant();
			List<?> reading = (List<?>) page.executeScript("return [performance.timeOrigin, performance.now()];");
			Instant after = clock.instant();
			double origin = ((Number) reading.get(0)).doubleValue();
			double now = ((Number) reading.get(1)).doubleValue();
			double middle = epochMillis(before) + (epochMillis(after) - epochMillis(before)) / 2;
			var sample = new PageClock(origin, middle - (origin + now), Duration.between(before, after).dividedBy(2));
			if (best == null || sample.uncertainty().compareTo(best.uncertainty()) < 0) {
				best = sample;
			}
		}
		return best;
	}

	/**
	 * @param pageTime a {@code performance.now()} reading of the page
	 * @return the instant on our clock
	 */
	public Instant instant(double pageTime) {
		double epochMillis = this.timeOrigin + pageTime + this.offsetMillis;
		long micros = Math.round(epochMillis * 1000);
		return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
	}

	public String describe() {
		return String.format(java.util.Locale.ROOT, "page clock converted with offset %.1f ms (± %d µs)",
				this.offsetMillis, this.uncertainty.toNanos() / 1000);
	}

	private static double epochMillis(Instant instant) {
		return instant.getEpochSecond() * 1000.0 + instant.getNano() / 1_000_000.0;
	}

}
