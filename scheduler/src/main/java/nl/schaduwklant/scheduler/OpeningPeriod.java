package nl.schaduwklant.scheduler;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * One stretch of stated opening hours, e.g. Monday to Friday 09:00–17:00.
 *
 * @param days the days this period applies to
 * @param opens the local time the organisation opens
 * @param closes the local time the organisation closes (after {@code opens})
 */
public record OpeningPeriod(@NotEmpty Set<DayOfWeek> days, @NotNull LocalTime opens, @NotNull LocalTime closes) {

	public OpeningPeriod {
		days = (days == null || days.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
	}

	@AssertTrue(message = "{OpeningPeriod.closesAfterOpens}")
	boolean isClosingAfterOpening() {
		return this.opens == null || this.closes == null || this.closes.isAfter(this.opens);
	}

	public boolean appliesTo(DayOfWeek day) {
		return this.days.contains(day);
	}

}
