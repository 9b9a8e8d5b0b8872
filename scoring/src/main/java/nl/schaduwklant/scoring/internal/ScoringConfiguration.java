package nl.schaduwklant.scoring.internal;

import java.time.Clock;

import nl.schaduwklant.scoring.language.LanguageChecker;
import nl.schaduwklant.scoring.language.LanguageProperties;
import nl.schaduwklant.scoring.language.LanguageWarmUp;
import nl.schaduwklant.scoring.metric.BusinessTime;
import nl.schaduwklant.scoring.metric.ResponseTimes;
import nl.schaduwklant.scoring.resolution.ResolutionScorer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import nl.schaduwklant.probes.MysteryMailbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LanguageProperties.class)
class ScoringConfiguration {

	@Bean
	LanguageChecker languageChecker(LanguageProperties properties) {
		return new LanguageChecker(properties);
	}

	@Bean
	LanguageWarmUp languageWarmUp(LanguageChecker checker, LanguageProperties properties) {
		return new LanguageWarmUp(checker, properties);
	}

	@Bean
	BusinessTime businessTime() {
		return new BusinessTime(new DutchPublicHolidays());
	}

	@Bean
	ResponseTimes responseTimes(BusinessTime businessTime) {
		return new ResponseTimes(businessTime);
	}

	@Bean
	ResolutionScorer resolutionScorer() {
		return new ResolutionScorer();
	}

	@Bean
	MeasurementCalculator measurementCalculator(ResponseTimes responseTimes, ResolutionScorer resolution,
			LanguageChecker language, Clock clock, ObjectProvider<MysteryMailbox> mailbox) {
		return new MeasurementCalculator(responseTimes, resolution, language, clock,
				() -> mailbox.stream().map(MysteryMailbox::displayName).findFirst().orElse(null));
	}

}
