package nl.schaduwklant.probes.chat;

import java.time.Instant;
import java.time.ZonedDateTime;

import nl.schaduwklant.scheduler.OpeningHours;

/**
 * Whether an organisation is open at an instant by its stated weekly hours.
 */
final class OpeningCheck {

	private OpeningCheck() {
	}

	static boolean isOpen(OpeningHours hours, Instant at) {
		ZonedDateTime local = at.atZone(hours.zone());
		return hours.periods()
			.stream()
			.anyMatch((period) -> period.appliesTo(local.getDayOfWeek())
					&& !local.toLocalTime().isBefore(period.opens()) && local.toLocalTime().isBefore(period.closes()));
	}

}
