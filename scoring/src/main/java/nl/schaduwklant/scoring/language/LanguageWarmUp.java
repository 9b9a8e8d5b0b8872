package nl.schaduwklant.scoring.language;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Warms LanguageTool at start-up and holds readiness back until it is warm. The warm-up
 * starts in the background once the singletons are created, alongside the rest of the
 * start-up; the {@link ApplicationReadyEvent} listener then waits for it. Spring Boot
 * publishes {@code ReadinessState.ACCEPTING_TRAFFIC} only after the ready listeners have
 * run, so readiness stays {@code REFUSING_TRAFFIC} (health group {@code readiness}
 * {@code OUT_OF_SERVICE}) while LanguageTool loads, with the web server already up.
 * Start-up fails if the instances are not warm within the warm-up timeout.
 */
public class LanguageWarmUp implements SmartInitializingSingleton, ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(LanguageWarmUp.class);

	private final LanguageChecker checker;

	private final LanguageProperties properties;

	public LanguageWarmUp(LanguageChecker checker, LanguageProperties properties) {
		this.checker = checker;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.properties.warmUp()) {
			this.checker.startWarmUp();
		}
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (this.properties.warmUp() && !this.checker.isWarm()) {
			long start = System.nanoTime();
			this.checker.warmUp();
			log.info("Waited {} ms for LanguageTool {} to be warm", (System.nanoTime() - start) / 1_000_000,
					this.properties.language());
		}
	}

}
