package nl.schaduwklant.scheduler;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether an organisation is open at an instant, by its weekly periods in its own zone.
 */
class OpeningHoursTests {

	private final OpeningHours office = OpeningHours.officeHours();

	@Test
	void shouldBeOpenOnAWeekdayFromOpeningUpToButNotIncludingClosing() {
		// Monday 23 November 2026; Amsterdam is UTC+1 in winter
		assertThat(this.office.isOpenAt(Instant.parse("2026-11-23T07:59:59Z"))).isFalse();
		assertThat(this.office.isOpenAt(Instant.parse("2026-11-23T08:00:00Z"))).isTrue();
		assertThat(this.office.isOpenAt(Instant.parse("2026-11-23T15:59:59Z"))).isTrue();
		assertThat(this.office.isOpenAt(Instant.parse("2026-11-23T16:00:00Z"))).isFalse();
	}

	@Test
	void shouldUseTheOrganisationsZoneAcrossDaylightSavingTime() {
		// Monday 6 July 2026; Amsterdam is UTC+2 in summer
		assertThat(this.office.isOpenAt(Instant.parse("2026-07-06T07:00:00Z"))).isTrue();
		assertThat(this.office.isOpenAt(Instant.parse("2026-07-06T15:00:00Z"))).isFalse();
	}

	@Test
	void shouldBeClosedAtTheWeekend() {
		assertThat(this.office.isOpenAt(Instant.parse("2026-11-22T10:00:00Z"))).isFalse();
		assertThat(this.office.isOpenAt(Instant.parse("2026-11-21T10:00:00Z"))).isFalse();
	}

}
