package nl.schaduwklant.scoring.internal;

import java.time.Clock;

import nl.schaduwklant.scoring.language.LanguageChecker;
import nl.schaduwklant.scoring.language.LanguageProperties;
import nl.schaduwklant.scoring.metric.BusinessTime;
import nl.schaduwklant.scoring.metric.ResponseTimes;
import nl.schaduwklant.scoring.resolution.ResolutionScorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LanguageProperties.class)
class ScoringConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ScoringConfiguration.class);

	@Bean
	LanguageChecker languageChecker(LanguageProperties properties) {
		return new LanguageChecker(properties);
	}

	@Bean
	ApplicationListener<ApplicationReadyEvent> languageWarmUp(LanguageChecker checker, LanguageProperties properties) {
		return (event) -> {
			if (properties.warmUp()) {
				Thread warmUp = new Thread(() -> {
					try {
						checker.warmUp();
					}
					catch (RuntimeException ex) {
						log.warn("LanguageTool could not be warmed up; it will load at the first check", ex);
					}
				}, "languagetool-warm-up");
				warmUp.setDaemon(true);
				warmUp.start();
			}
		};
	}

	@Bean
	ResponseTimes responseTimes() {
		return new ResponseTimes(new BusinessTime(new DutchPublicHolidays()));
	}

	@Bean
	ResolutionScorer resolutionScorer() {
		return new ResolutionScorer();
	}

	@Bean
	MeasurementCalculator measurementCalculator(ResponseTimes responseTimes, ResolutionScorer resolution,
			LanguageChecker language, Clock clock) {
		return new MeasurementCalculator(responseTimes, resolution, language, clock);
	}

}
