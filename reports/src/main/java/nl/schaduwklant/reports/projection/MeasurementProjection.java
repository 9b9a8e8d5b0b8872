package nl.schaduwklant.reports.projection;

import nl.schaduwklant.scoring.ProbeScored;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the fact table up to date with every measurement, idempotently.
 */
@Component
class MeasurementProjection {

	private final ReportFacts facts;

	MeasurementProjection(ReportFacts facts) {
		this.facts = facts;
	}

	@ApplicationModuleListener
	void on(ProbeScored scored) {
		this.facts.put(scored.measurement());
	}

}
