package nl.schaduwklant.reports.projection;

import nl.schaduwklant.scoring.Measurements;
import nl.schaduwklant.scoring.MeasurementCorrected;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the fact table up to date with every measurement a consultant corrected: the next
 * benchmark reads the corrected figures.
 */
@Component
class CorrectionProjection {

	private final ReportFacts facts;

	private final Measurements measurements;

	CorrectionProjection(ReportFacts facts, Measurements measurements) {
		this.facts = facts;
		this.measurements = measurements;
	}

	@ApplicationModuleListener
	void on(MeasurementCorrected corrected) {
		// the measurement as it is now: two corrections handed over out of order end in
		// the
		// later one
		this.facts.put(this.measurements.forProbe(corrected.measurement().probeId()).orElse(corrected.measurement()));
	}

}
