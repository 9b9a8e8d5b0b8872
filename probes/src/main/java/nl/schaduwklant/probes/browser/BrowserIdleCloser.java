package nl.schaduwklant.probes.browser;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Closes, on a schedule, the browsers that have been left without a probe for longer than
 * {@code schaduwklant.probes.browser.idle-timeout}: between campaigns a node keeps no
 * browser open.
 */
class BrowserIdleCloser {

	private final BrowserPool pool;

	BrowserIdleCloser(BrowserPool pool) {
		this.pool = pool;
	}

	@Scheduled(fixedDelayString = "${schaduwklant.probes.browser.idle-check-interval:PT15S}")
	void closeIdle() {
		this.pool.closeIdle();
	}

}
