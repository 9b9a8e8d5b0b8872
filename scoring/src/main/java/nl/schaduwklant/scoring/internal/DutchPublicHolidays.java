package nl.schaduwklant.scoring.internal;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import nl.schaduwklant.scoring.metric.ClosedDays;

/**
 * The days Dutch organisations are closed: the public holidays of the Netherlands
 * (jollyday), except Good Friday, which is not a general day off, and Liberation Day,
 * which is a day off only in lustrum years (2025, 2030, …), as for the public sector.
 * Easter Sunday and Whit Sunday are Sundays anyway.
 */
class DutchPublicHolidays implements ClosedDays {

	private static final Set<String> NOT_CLOSED = Set.of("christian.GOOD_FRIDAY");

	private static final String LIBERATION_DAY = "LIBERATION";

	private final HolidayManager holidays = HolidayManager
		.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));

	private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

	@Override
	public boolean isClosed(LocalDate date) {
		return this.byYear.computeIfAbsent(date.getYear(), this::closedDays).contains(date);
	}

	private Set<LocalDate> closedDays(int year) {
		return this.holidays.getHolidays(Year.of(year))
			.stream()
			.filter((holiday) -> !NOT_CLOSED.contains(holiday.getPropertiesKey()))
			.filter((holiday) -> !holiday.getPropertiesKey().equals(LIBERATION_DAY) || year % 5 == 0)
			.map(Holiday::getDate)
			.collect(Collectors.toUnmodifiableSet());
	}

}
