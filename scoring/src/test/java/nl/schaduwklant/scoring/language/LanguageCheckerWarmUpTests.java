package nl.schaduwklant.scoring.language;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import nl.schaduwklant.scoring.LanguageFindings;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real LanguageTool (nl-NL): the instances are created once per JVM and warmed before the
 * application accepts traffic.
 */
class LanguageCheckerWarmUpTests {

	@Test
	void shouldCreateTheInstancesOncePerJvm() {
		ToolPool pool = ToolPool.of("nl-NL");
		int instances = pool.ready() + 1;
		int createdBefore = pool.created();
		LanguageChecker first = new LanguageChecker(LanguageProperties.of("nl-NL", instances));
		first.warmUp();
		assertThat(first.pool()).isSameAs(pool);
		assertThat(pool.ready()).isEqualTo(instances);
		assertThat(pool.created()).isEqualTo(createdBefore + 1);
		int created = pool.created();
		LanguageChecker second = new LanguageChecker(LanguageProperties.of("nl-NL", instances));
		assertThat(second.isWarm()).isTrue();
		second.warmUp();
		assertThat(second.pool()).isSameAs(pool);
		assertThat(pool.created()).isEqualTo(created);
	}

	@Test
	void shouldAcceptTrafficOnlyOnceLanguageToolIsWarm() {
		int instances = ToolPool.of("nl-NL").ready() + 1;
		List<Boolean> warmWhenAccepting = new ArrayList<>();
		SpringApplication application = new SpringApplication(WarmUpApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.addListeners((ApplicationListener<ApplicationEvent>) (event) -> {
			if (event instanceof AvailabilityChangeEvent<?> change
					&& change.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
				LanguageChecker checker = ((ConfigurableApplicationContext) change.getSource())
					.getBean(LanguageChecker.class);
				warmWhenAccepting.add(checker.isWarm());
			}
		});
		try (ConfigurableApplicationContext context = application
			.run("--schaduwklant.scoring.language.instances=" + instances)) {
			assertThat(warmWhenAccepting).containsExactly(true);
			assertThat(context.getBean(LanguageChecker.class).awaitWarm(Duration.ZERO)).isTrue();
		}
	}

	@Test
	void shouldLetACheckThatComesBeforeAnyInstanceIsWarmWarmOneAndWaitForItInsteadOfGivingUpAsBusy() {
		// a language no other test uses, so no instance exists yet and none is being
		// warmed (as with warming at start-up switched off); a borrow timeout far
		// shorter than the warm-up
		var properties = new LanguageProperties("nl-BE", 1, false, List.of(), 20_000, 100, 500, Duration.ofSeconds(10),
				Duration.ofMillis(1), Duration.ofMinutes(2));
		LanguageChecker checker = new LanguageChecker(properties);
		assertThat(checker.isWarm()).isFalse();

		LanguageFindings findings = checker.check("Ik heb het boek gisteren gelezen en het was erg leuk.", List.of());

		assertThat(findings.outcome()).isEqualTo(LanguageFindings.Outcome.COMPLETE);
		assertThat(findings.words()).isEqualTo(11);
		assertThat(checker.isWarm()).isTrue();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(LanguageProperties.class)
	static class WarmUpApplication {

		@Bean
		LanguageChecker languageChecker(LanguageProperties properties) {
			return new LanguageChecker(properties);
		}

		@Bean
		LanguageWarmUp languageWarmUp(LanguageChecker checker, LanguageProperties properties) {
			return new LanguageWarmUp(checker, properties);
		}

	}

}
