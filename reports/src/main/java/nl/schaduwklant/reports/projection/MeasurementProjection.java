package nl.schaduwklant.reports.projection;

import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.MeasurementCorrected;
import nl.schaduwklant.scoring.Measurements;
import nl.schaduwklant.scoring.ProbeScored;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the fact table up to date with every measurement, and every measurement a
 * consultant corrected, idempotently: each hand-over writes the measurement as it is now,
 * so a late or repeated one never brings back a figure corrected since, and two
 * corrections handed over out of order end in the later one.
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
		putCurrent(scored.measurement());
	}

	@ApplicationModuleListener
	void on(MeasurementCorrected corrected) {
		putCurrent(corrected.measurement());
	}

	private void putCurrent(Measurement handedOver) {
		this.facts.put(this.measurements.forProbe(handedOver.probeId()).orElse(handedOver));
	}

}
