package nl.schaduwklant.reports.projection;

import nl.schaduwklant.scoring.Measurements;
import nl.schaduwklant.scoring.ProbeScored;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the fact table up to date with every measurement, idempotently.
 */
@Component
class MeasurementProjection {

	private final ReportFacts facts;

	private final Measurements measurements;

	MeasurementProjection(ReportFacts facts, Measurements measurements) {
		this.facts = facts;
		this.measurements = measurements;
	}

	@ApplicationModuleListener
	void on(ProbeScored scored) {
		// the measurement as it is now: a late or repeated hand-over never brings back a
		// figure a consultant corrected since
		this.facts.put(this.measurements.forProbe(scored.measurement().probeId()).orElse(scored.measurement()));
	}

}
