package nl.schaduwklant.scoring.internal;

import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.ProbeScored;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a finished measurement in one short transaction: stores it, marks its probe
 * SCORED and hands it on as {@link ProbeScored}.
 */
@Service
class ScoredProbes {

	private final MeasurementStore store;

	private final ProbeRuns probes;

	private final ApplicationEventPublisher events;

	ScoredProbes(MeasurementStore store, ProbeRuns probes, ApplicationEventPublisher events) {
		this.store = store;
		this.probes = probes;
		this.events = events;
	}

	/**
	 * @param measurement the measurement, taken outside any transaction
	 * @return whether it was recorded now (false: the probe was already scored)
	 */
	@Transactional
	boolean record(Measurement measurement) {
		if (this.store.exists(measurement.probeId())) {
			return false;
		}
		this.store.add(measurement);
		this.probes.markScored(measurement.probeId());
		this.events.publishEvent(new ProbeScored(measurement));
		return true;
	}

}
