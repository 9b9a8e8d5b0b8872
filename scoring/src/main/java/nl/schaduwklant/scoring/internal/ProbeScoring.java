package nl.schaduwklant.scoring.internal;

import nl.schaduwklant.probes.ProbeObserved;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.ProbeScored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Scores every observed probe once: stores its measurement, marks the probe SCORED and
 * hands the measurement on as {@link ProbeScored}, all in one transaction.
 */
@Component
class ProbeScoring {

	private static final Logger log = LoggerFactory.getLogger(ProbeScoring.class);

	private final MeasurementCalculator calculator;

	private final MeasurementStore store;

	private final ProbeRuns probes;

	private final ApplicationEventPublisher events;

	ProbeScoring(MeasurementCalculator calculator, MeasurementStore store, ProbeRuns probes,
			ApplicationEventPublisher events) {
		this.calculator = calculator;
		this.store = store;
		this.probes = probes;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(ProbeObserved observed) {
		if (this.store.exists(observed.probeId())) {
			log.info("Probe {} is already scored", observed.probeId());
			return;
		}
		Measurement measurement = this.calculator.measure(observed);
		this.store.add(measurement);
		this.probes.markScored(observed.probeId());
		this.events.publishEvent(new ProbeScored(measurement));
	}

}
