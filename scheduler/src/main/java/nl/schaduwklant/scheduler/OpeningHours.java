package nl.schaduwklant.scheduler;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * An organisation's stated opening hours in its own time zone. Dutch public holidays are
 * treated as closed days by scoring, whatever the periods say.
 *
 * @param zone the organisation's time zone
 * @param periods the weekly periods in which it is open
 */
public record OpeningHours(@NotNull ZoneId zone, @NotEmpty List<@Valid @NotNull OpeningPeriod> periods) {

	/** The time zone of Dutch organisations. */
	public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	public OpeningHours {
		periods = (periods != null) ? List.copyOf(periods) : List.of();
	}

	/**
	 * Monday to Friday, 09:00 to 17:00, Amsterdam time: what we assume when an
	 * organisation states nothing.
	 * @return office hours
	 */
	public static OpeningHours officeHours() {
		return new OpeningHours(AMSTERDAM, List.of(new OpeningPeriod(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
				LocalTime.of(9, 0), LocalTime.of(17, 0))));
	}

	/**
	 * Whether the organisation is open at an instant by these weekly periods (public
	 * holidays are not considered here).
	 * @param at the instant
	 * @return whether a period covers it
	 */
	public boolean isOpenAt(Instant at) {
		ZonedDateTime local = at.atZone(this.zone);
		return this.periods.stream()
			.anyMatch((period) -> period.appliesTo(local.getDayOfWeek())
					&& !local.toLocalTime().isBefore(period.opens()) && local.toLocalTime().isBefore(period.closes()));
	}

}
