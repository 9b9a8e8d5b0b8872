package nl.schaduwklant.scoring.language;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagePropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@Test
	void shouldBindTheDefaults() {
		this.context.run((context) -> assertThat(context.getBean(LanguageProperties.class))
			.isEqualTo(LanguageProperties.of("nl-NL", 2)));
	}

	@Test
	void shouldRefuseANonPositiveNumberOfInstances() {
		this.context.withPropertyValues("schaduwklant.scoring.language.instances=0")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void shouldRefuseANonPositiveTimeLimit() {
		this.context.withPropertyValues("schaduwklant.scoring.language.time-limit=0s")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(LanguageProperties.class)
	static class Settings {

	}

}
