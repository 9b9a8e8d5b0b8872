package nl.schaduwklant.probes.chat;

import java.time.Duration;
import java.time.Instant;

import nl.schaduwklant.probes.browser.PageClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The page clock of a chat: every measurement brackets the page's reading between two
 * readings of our clock, and the narrowest converts the chat's instants.
 */
class ChatClockTests {

	/** The page's time origin, in epoch milliseconds. */
	private static final double ORIGIN = 1_750_000_000_000.0;

	/** Our clock minus the page's clock: what the measurements should find. */
	private static final double TRUE_OFFSET = 37.25;

	private static final Instant START = Instant.ofEpochMilli((long) ORIGIN).plusSeconds(5);

	@Test
	void shouldBoundTheOffsetByTheRoundTripLessTheTimeThePageSpentWaiting() {
		// sent at 0 ms, the page starts at 40 ms and answers 100 ms later, back at 190 ms
		PageClock measurement = collection(0, 40, 100, 190);

		assertThat(measurement.uncertainty()).isEqualTo(Duration.ofMillis(45).plus(Duration.ofMillis(1).dividedBy(10)));
		assertThat(measurement.offsetMillis()).isCloseTo(TRUE_OFFSET, within(45.1));
		assertThat(measurement.instant(pageTime(3_000))).isCloseTo(START.plusMillis(3_000),
				within(measurement.uncertainty()));
	}

	@Test
	void shouldConvertWithTheNarrowestMeasurementOfTheChat() {
		// a busy machine when the page loaded: 300 ms round trips
		var clock = new ChatClock(collection(0, 280, 0, 300));
		clock.measured(collection(1_000, 1_001, 100, 1_103));
		clock.measured(collection(2_000, 2_150, 100, 2_400));
		clock.measuredAtEnd(collection(9_000, 9_100, 0, 9_120));

		assertThat(clock.best().uncertainty()).isEqualTo(Duration.ofMillis(1).plus(Duration.ofMillis(6).dividedBy(10)));
		Instant reply = clock.best().instant(pageTime(4_000));
		assertThat(reply).isCloseTo(START.plusMillis(4_000), within(clock.best().uncertainty()));
		assertThat(clock.describe()).startsWith("page clock converted with offset ")
			.contains("(± 1600 µs), the narrowest of 4 measurements; at the start ")
			.contains("(± 150100 µs), at the end ")
			.contains("(± 60100 µs) (drift ");
	}

	@Test
	void shouldIgnoreAMeasurementOfAnotherDocumentsClock() {
		var clock = new ChatClock(collection(0, 100, 0, 200));
		clock.measured(PageClock.between(START, ORIGIN + 5_000, 0, 0, START.plusMillis(2)));

		assertThat(clock.best().timeOrigin()).isEqualTo(ORIGIN);
		assertThat(clock.describe()).contains("the narrowest of 1 measurements").endsWith("not measured at the end");
	}

	/**
	 * A collection of events sent at {@code sentAt} (milliseconds after {@link #START} on
	 * our clock) that started in the page at {@code startedAt}, waited {@code waited} and
	 * whose result was back at {@code backAt}.
	 */
	private static PageClock collection(long sentAt, long startedAt, long waited, long backAt) {
		return PageClock.between(START.plusMillis(sentAt), ORIGIN, pageTime(startedAt), pageTime(startedAt + waited),
				START.plusMillis(backAt));
	}

	/** The page's {@code performance.now()} at a moment given on our clock. */
	private static double pageTime(long millisAfterStart) {
		return START.toEpochMilli() + millisAfterStart - TRUE_OFFSET - ORIGIN;
	}

}
