package nl.schaduwklant.probes.internal;

import nl.schaduwklant.scheduler.ProbeDue;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns due probe slots into probes. Idempotent, so a hand-over republished after a crash
 * never creates a second probe.
 */
@Component
class ProbeDueListener {

	private final ProbeLifecycle lifecycle;

	ProbeDueListener(ProbeLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@ApplicationModuleListener
	void on(ProbeDue due) {
		this.lifecycle.plan(due);
	}

}
