package nl.schaduwklant.scoring.metric;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.schaduwklant.scheduler.OpeningHours;
import nl.schaduwklant.scheduler.OpeningPeriod;

/**
 * Measures durations in business time: only the time inside an organisation's stated
 * opening hours counts, and closed days (public holidays) do not count at all.
 */
public final class BusinessTime {

	private static final int MAX_DAYS = 3660;

	private final ClosedDays closedDays;

	public BusinessTime(ClosedDays closedDays) {
		this.closedDays = closedDays;
	}

	/**
	 * @param from the start
	 * @param to the end
	 * @param hours the organisation's opening hours
	 * @return the open time between the two instants (zero when {@code to} is not after
	 * {@code from})
	 */
	public Duration between(Instant from, Instant to, OpeningHours hours) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		ZoneId zone = hours.zone();
		LocalDate first = from.atZone(zone).toLocalDate();
		LocalDate last = to.atZone(zone).toLocalDate();
		if (first.plusDays(MAX_DAYS).isBefore(last)) {
			throw new IllegalArgumentException("Business time over more than " + MAX_DAYS + " days is not measured");
		}
		Duration total = Duration.ZERO;
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			if (!this.closedDays.isClosed(day)) {
				for (Interval open : openIntervals(day, hours)) {
					total = total.plus(open.overlap(from, to));
				}
			}
		}
		return total;
	}

	private static List<Interval> openIntervals(LocalDate day, OpeningHours hours) {
		List<Interval> intervals = new ArrayList<>();
		for (OpeningPeriod period : hours.periods()) {
			if (period.appliesTo(day.getDayOfWeek())) {
				intervals.add(new Interval(day.atTime(period.opens()).atZone(hours.zone()).toInstant(),
						day.atTime(period.closes()).atZone(hours.zone()).toInstant()));
			}
		}
		intervals.sort(Comparator.comparing(Interval::start));
		List<Interval> merged = new ArrayList<>();
		for (Interval interval : intervals) {
			Interval previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (previous != null && !interval.start().isAfter(previous.end())) {
				merged.set(merged.size() - 1, new Interval(previous.start(),
						interval.end().isAfter(previous.end()) ? interval.end() : previous.end()));
			}
			else {
				merged.add(interval);
			}
		}
		return merged;
	}

	private record Interval(Instant start, Instant end) {

		Duration overlap(Instant from, Instant to) {
			Instant start = from.isAfter(this.start) ? from : this.start;
			Instant end = to.isBefore(this.end) ? to : this.end;
			return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
		}

	}

}
