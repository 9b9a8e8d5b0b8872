package nl.schaduwklant.probes.phone;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A consultant is on one call at a time: consultant-assisted probes for the same
 * consultant wait their turn, first come first served.
 */
final class ConsultantLines {

	private final Map<String, Semaphore> lines = new ConcurrentHashMap<>();

	/**
	 * @param number the consultant's number
	 * @param poll how often to look whether to stop waiting
	 * @param stopping whether to stop waiting
	 * @return whether the consultant is now this caller's (false: it stopped waiting)
	 * @throws InterruptedException when interrupted while waiting
	 */
	boolean take(String number, Duration poll, BooleanSupplier stopping) throws InterruptedException {
		Semaphore line = this.lines.computeIfAbsent(number, (key) -> new Semaphore(1, true));
		while (!stopping.getAsBoolean()) {
			if (line.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param number a consultant taken before
	 */
	void release(String number) {
		this.lines.get(number).release();
	}

}
