package nl.schaduwklant.scoring.metric;

import java.time.LocalDate;

/**
 * Days on which organisations are closed whatever their opening hours say (public
 * holidays).
 */
@FunctionalInterface
public interface ClosedDays {

	boolean isClosed(LocalDate date);

	static ClosedDays none() {
		return (date) -> false;
	}

}
