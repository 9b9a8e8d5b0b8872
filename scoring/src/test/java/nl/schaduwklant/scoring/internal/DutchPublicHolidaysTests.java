package nl.schaduwklant.scoring.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DutchPublicHolidaysTests {

	private final DutchPublicHolidays holidays = new DutchPublicHolidays();

	@Test
	void shouldCloseOnDutchPublicHolidays() {
		assertThat(this.holidays.isClosed(LocalDate.of(2026, 1, 1))).as("New Year").isTrue();
		assertThat(this.holidays.isClosed(LocalDate.of(2026, 4, 6))).as("Easter Monday").isTrue();
		assertThat(this.holidays.isClosed(LocalDate.of(2026, 4, 27))).as("King's Day").isTrue();
		assertThat(this.holidays.isClosed(LocalDate.of(2025, 4, 26))).as("King's Day on a Sunday moves to Saturday")
			.isTrue();
		assertThat(this.holidays.isClosed(LocalDate.of(2026, 5, 14))).as("Ascension Day").isTrue();
		assertThat(this.holidays.isClosed(LocalDate.of(2026, 5, 25))).as("Whit Monday").isTrue();
		assertThat(this.holidays.isClosed(LocalDate.of(2026, 12, 26))).as("Boxing Day").isTrue();
	}

	@Test
	void shouldStayOpenOnGoodFridayAndOnLiberationDayOutsideLustrumYears() {
		assertThat(this.holidays.isClosed(LocalDate.of(2026, 4, 3))).as("Good Friday").isFalse();
		assertThat(this.holidays.isClosed(LocalDate.of(2026, 5, 5))).as("Liberation Day 2026").isFalse();
		assertThat(this.holidays.isClosed(LocalDate.of(2025, 5, 5))).as("Liberation Day 2025").isTrue();
		assertThat(this.holidays.isClosed(LocalDate.of(2026, 11, 23))).as("an ordinary Monday").isFalse();
	}

}
