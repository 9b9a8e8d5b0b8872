package nl.schaduwklant.scoring.metric;

import java.time.DayOfWeek;
import java.time.Duration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.schaduwklant.scheduler.OpeningHours;
import nl.schaduwklant.scheduler.OpeningPeriod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BusinessTimeTests {

	private final OpeningHours officeHours = OpeningHours.officeHours();

	private final BusinessTime businessTime = new BusinessTime(ClosedDays.none());

	@Test
	void shouldCountOnlyTheOpenTimeOfOneDay() {
		// Monday 23 November 2026, 08:00 to 10:30 Amsterdam: open from 09:00
		assertThat(this.businessTime.between(at(2026, 11, 23, 8, 0), at(2026, 11, 23, 10, 30), this.officeHours))
			.isEqualTo(Duration.ofMinutes(90));
	}

	@Test
	void shouldSkipEveningsAndWeekends() {
		// Friday 16:00 to Monday 10:00: one hour on Friday, one on Monday
		assertThat(this.businessTime.between(at(2026, 11, 20, 16, 0), at(2026, 11, 23, 10, 0), this.officeHours))
			.isEqualTo(Duration.ofHours(2));
	}

	@Test
	void shouldGiveZeroForAnAnswerOutsideOpeningHours() {
		assertThat(this.businessTime.between(at(2026, 11, 21, 10, 0), at(2026, 11, 21, 15, 0), this.officeHours))
			.isZero();
	}

	@Test
	void shouldSkipClosedDays() {
		LocalDate christmas = LocalDate.of(2026, 12, 25);
		var withHolidays = new BusinessTime((date) -> date.equals(christmas));
		// Thursday 24 December 16:00 to Monday 28 December 10:00: 1 h + 1 h, Christmas
		// Friday skipped
		assertThat(withHolidays.between(at(2026, 12, 24, 16, 0), at(2026, 12, 28, 10, 0), this.officeHours))
			.isEqualTo(Duration.ofHours(2));
		assertThat(this.businessTime.between(at(2026, 12, 24, 16, 0), at(2026, 12, 28, 10, 0), this.officeHours))
			.isEqualTo(Duration.ofHours(10));
	}

	@Test
	void shouldNotCountOverlappingPeriodsTwice() {
		var hours = new OpeningHours(OpeningHours.AMSTERDAM,
				List.of(new OpeningPeriod(Set.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(13, 0)),
						new OpeningPeriod(Set.of(DayOfWeek.MONDAY), LocalTime.of(12, 0), LocalTime.of(17, 0))));
		assertThat(this.businessTime.between(at(2026, 11, 23, 0, 0), at(2026, 11, 24, 0, 0), hours))
			.isEqualTo(Duration.ofHours(8));
	}

	@Test
	void shouldFollowTheOrganisationsTimeZoneAcrossDaylightSavingTime() {
		var saturday = new OpeningHours(OpeningHours.AMSTERDAM,
				List.of(new OpeningPeriod(EnumSet.allOf(DayOfWeek.class), LocalTime.of(0, 0), LocalTime.of(23, 59))));
		// the night of 24 to 25 October 2026 has 25 hours in Amsterdam
		Duration measured = this.businessTime.between(at(2026, 10, 24, 12, 0), at(2026, 10, 25, 12, 0), saturday);
		assertThat(measured).isEqualTo(Duration.ofHours(25).minusMinutes(1));
	}

	@Test
	void shouldGiveZeroWhenTheEndIsNotAfterTheStart() {
		Instant now = at(2026, 11, 23, 10, 0);
		assertThat(this.businessTime.between(now, now.minusSeconds(5), this.officeHours)).isZero();
	}

	@Test
	void shouldRefuseSpansOfMoreThanTenYears() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.businessTime.between(at(2000, 1, 3, 9, 0), at(2026, 1, 5, 9, 0), this.officeHours));
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(OpeningHours.AMSTERDAM).toInstant();
	}

}
