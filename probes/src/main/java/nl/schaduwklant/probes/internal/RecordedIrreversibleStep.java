package nl.schaduwklant.probes.internal;

import java.util.UUID;

import nl.schaduwklant.probes.IrreversibleStep;

import org.springframework.core.retry.RetryTemplate;

/**
 * The irreversible step of one contact attempt, marked on the probe in its own short
 * transaction before the channel attempts it.
 */
class RecordedIrreversibleStep implements IrreversibleStep {

	private final UUID probeId;

	private final int attempt;

	private final ProbeLifecycle lifecycle;

	private final RetryTemplate retries;

	private volatile boolean marked;

	RecordedIrreversibleStep(UUID probeId, int attempt, ProbeLifecycle lifecycle, RetryTemplate retries) {
		this.probeId = probeId;
		this.attempt = attempt;
		this.lifecycle = lifecycle;
		this.retries = retries;
	}

	@Override
	public void mark(String what) {
		if (this.marked) {
			return;
		}
		try {
			this.retries.invoke(() -> this.lifecycle.markIrreversibleStep(this.probeId, this.attempt, what));
		}
		catch (RuntimeException ex) {
			throw new IrreversibleStepNotRecorded(
					"the mark before " + what + " could not be stored (" + ex + "); the step was not attempted", ex);
		}
		this.marked = true;
	}

	@Override
	public boolean marked() {
		return this.marked;
	}

}
