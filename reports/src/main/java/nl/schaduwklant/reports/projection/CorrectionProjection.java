package nl.schaduwklant.reports.projection;

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

	CorrectionProjection(ReportFacts facts) {
		this.facts = facts;
	}

	@ApplicationModuleListener
	void on(MeasurementCorrected corrected) {
		this.facts.put(corrected.measurement());
	}

}
