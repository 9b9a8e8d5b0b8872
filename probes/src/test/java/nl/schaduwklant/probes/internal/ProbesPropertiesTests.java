package nl.schaduwklant.probes.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Probe settings are validated as given, never silently replaced.
 */
class ProbesPropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(WithProbesProperties.class);

	@Test
	void shouldRefuseNoAttemptsInsteadOfQuietlyTryingThreeTimes() {
		this.context.withPropertyValues("schaduwklant.probes.max-attempts=0")
			.run((started) -> assertThat(started).getFailure()
				.rootCause()
				.hasMessageContaining("maxAttempts")
				.hasMessageContaining("1"));
	}

	@Test
	void shouldRefuseANegativeNumberOfAttempts() {
		this.context.withPropertyValues("schaduwklant.probes.max-attempts=-2")
			.run((started) -> assertThat(started).hasFailed());
	}

	@Test
	void shouldUseTheDocumentedDefaults() {
		this.context.withPropertyValues("schaduwklant.probes.node=node-7").run((started) -> {
			ProbesProperties properties = started.getBean(ProbesProperties.class);
			assertThat(properties.node()).isEqualTo("node-7");
			assertThat(properties.maxAttempts()).isEqualTo(3);
			assertThat(properties.retryBackoff()).isEqualTo(Duration.ofMinutes(5));
			assertThat(properties.shutdownGrace()).isEqualTo(Duration.ofSeconds(20));
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ProbesProperties.class)
	static class WithProbesProperties {

	}

}
