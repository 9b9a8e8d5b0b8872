package nl.schaduwklant.probes.browser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.openqa.selenium.JavascriptExecutor;

/**
 * Converts a page's {@code performance.now()} instants into the probe node's clock with
 * one measured offset. A measurement reads the page's clock between two readings of our
 * clock: the page's reading lies within that round trip, so placing it in the middle is
 * off by at most half the round trip (less the time the page itself spent between its
 * readings, when it reads its clock at the start and at the end of the command). Of
 * several measurements the narrowest is kept.
 *
 * @param timeOrigin the page's {@code performance.timeOrigin} (epoch milliseconds)
 * @param offsetMillis our clock minus the page's clock, in milliseconds
 * @param uncertainty how far the offset may be off: half the round trip of the
 * measurement, plus the resolution of the page's clock
 */
public record PageClock(double timeOrigin, double offsetMillis, Duration uncertainty) {

	private static final int SAMPLES = 7;

	/**
	 * Browsers coarsen {@code performance.now()} to 0.1 ms in pages that are not
	 * cross-origin isolated.
	 */
	private static final double RESOLUTION_MILLIS = 0.1;

	/**
	 * Measures the offset with a few round trips and keeps the fastest.
	 * @param page the page
	 * @param clock our clock
	 * @return the narrowest measurement
	 */
	public static PageClock measure(JavascriptExecutor page, Clock clock) {
		PageClock best = null;
		for (int i = 0; i < SAMPLES; i++) {
			Instant before = clock.instant();
			List<?> reading = (List<?>) page.executeScript("return [performance.timeOrigin, performance.now()];");
			Instant after = clock.instant();
			double now = ((Number) reading.get(1)).doubleValue();
			PageClock sample = between(before, ((Number) reading.get(0)).doubleValue(), now, now, after);
			best = (best != null) ? best.narrower(sample) : sample;
		}
		return best;
	}

	/**
	 * One measurement from a command that read the page's clock when it started and when
	 * it ended (the same reading twice when it read it once).
	 * @param before our clock before the command was sent
	 * @param timeOrigin the page's {@code performance.timeOrigin}
	 * @param pageStart the page's {@code performance.now()} when the command started
	 * @param pageEnd the page's {@code performance.now()} when the command ended
	 * @param after our clock once the command's result was back
	 * @return the measurement
	 */
	public static PageClock between(Instant before, double timeOrigin, double pageStart, double pageEnd,
			Instant after) {
		// before <= page start and page end <= after, on our clock
		double lowest = epochMillis(before) - (timeOrigin + pageStart);
		double highest = epochMillis(after) - (timeOrigin + pageEnd);
		double halfWidth = Math.max(0, (highest - lowest) / 2) + RESOLUTION_MILLIS;
		return new PageClock(timeOrigin, (lowest + highest) / 2, Duration.ofNanos(Math.round(halfWidth * 1_000_000)));
	}

	/**
	 * @param other another measurement of the same page's clock
	 * @return the one with the smaller uncertainty
	 */
	public PageClock narrower(PageClock other) {
		return (other.uncertainty.compareTo(this.uncertainty) < 0) ? other : this;
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
		return "page clock converted with offset " + offset();
	}

	/**
	 * @return the offset and its uncertainty, e.g. {@code 1.2 ms (± 850 µs)}
	 */
	public String offset() {
		return String.format(Locale.ROOT, "%.1f ms (± %d µs)", this.offsetMillis, this.uncertainty.toNanos() / 1000);
	}

	private static double epochMillis(Instant instant) {
		return instant.getEpochSecond() * 1000.0 + instant.getNano() / 1_000_000.0;
	}

}
