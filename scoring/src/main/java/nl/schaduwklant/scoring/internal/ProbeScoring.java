package nl.schaduwklant.scoring.internal;

import nl.schaduwklant.probes.ProbeObserved;
import nl.schaduwklant.scoring.Measurement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Scores every observed probe once. The measuring (language check, resolution) runs
 * outside any transaction and holds no database connection; the result is stored in one
 * short transaction. Handing the same probe over twice scores it once.
 */
@Component
class ProbeScoring {

	private static final Logger log = LoggerFactory.getLogger(ProbeScoring.class);

	private final MeasurementCalculator calculator;

	private final MeasurementStore store;

	private final ScoredProbes scored;

	ProbeScoring(MeasurementCalculator calculator, MeasurementStore store, ScoredProbes scored) {
		this.calculator = calculator;
		this.store = store;
		this.scored = scored;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ProbeObserved observed) {
		if (this.store.exists(observed.probeId())) {
			log.info("Probe {} is already scored", observed.probeId());
			return;
		}
		Measurement measurement = this.calculator.measure(observed);
		try {
			this.scored.record(measurement);
		}
		catch (DuplicateKeyException ex) {
			log.info("Probe {} was scored meanwhile by another hand-over", observed.probeId());
		}
	}

}
