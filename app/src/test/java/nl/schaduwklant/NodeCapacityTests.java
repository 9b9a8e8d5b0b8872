package nl.schaduwklant;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Every pool follows from the node's one capacity setting, and a set of pools that can
 * starve is refused at start-up.
 */
class NodeCapacityTests {

	@Test
	void shouldDeriveEveryPoolFromTheCapacity() {
		MockEnvironment environment = new MockEnvironment().withProperty("schaduwklant.capacity.contacts", "6");
		new NodeCapacityDefaults().postProcessEnvironment(environment, new SpringApplication());

		int language = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 3));
		assertThat(environment.getProperty("schaduwklant.probes.browser.max-browsers", Integer.class)).isEqualTo(6);
		assertThat(environment.getProperty("schaduwklant.probes.email.concurrency", Integer.class)).isEqualTo(6);
		assertThat(environment.getProperty("schaduwklant.probes.phone.twilio.concurrent-calls", Integer.class))
			.as("calls mostly wait: twice the contacts")
			.isEqualTo(12);
		assertThat(environment.getProperty("schaduwklant.scoring.language.instances", Integer.class))
			.isEqualTo(language);
		assertThat(environment.getProperty("schaduwklant.capacity.listener-workers", Integer.class))
			.isEqualTo(language + 1);
		assertThat(environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class))
			.as("contact workers (browsers, e-mail, calls), listener workers, scheduled tasks, watcher and two for"
					+ " the API")
			.isEqualTo(6 + 6 + 12 + (language + 1) + 2 + 1 + 2);
	}

	@Test
	void shouldLetAnExplicitSettingWinAndDeriveTheRestFromIt() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("schaduwklant.probes.browser.max-browsers", "1")
			.withProperty("schaduwklant.scoring.language.instances", "1")
			.withProperty("spring.task.scheduling.pool.size", "1");
		new NodeCapacityDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("schaduwklant.probes.browser.max-browsers", Integer.class)).isEqualTo(1);
		assertThat(environment.getProperty("schaduwklant.probes.email.concurrency", Integer.class)).isEqualTo(4);
		assertThat(environment.getProperty("schaduwklant.capacity.listener-workers", Integer.class)).isEqualTo(2);
		assertThat(environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class))
			.isEqualTo(1 + 4 + 8 + 2 + 1 + 1 + 2);
	}

	@Test
	void shouldRefuseMoreThreadsThatHoldAConnectionThanConnections() {
		try (HikariDataSource dataSource = new HikariDataSource()) {
			dataSource.setMaximumPoolSize(5);
			var check = new NodeCapacityCheck(dataSource, executor(4), executor(2), 2);
			assertThatIllegalStateException().isThrownBy(check::afterSingletonsInstantiated)
				.withMessageContaining("9 threads may hold a database connection")
				.withMessageContaining("maximum-pool-size is 5")
				.withMessageContaining("at least 9");
		}
	}

	@Test
	void shouldAcceptAPoolWithAConnectionForEveryThreadThatMayHoldOne() {
		try (HikariDataSource dataSource = new HikariDataSource()) {
			dataSource.setMaximumPoolSize(5);
			var check = new NodeCapacityCheck(dataSource, executor(2), executor(1), 1);
			assertThatNoException().isThrownBy(check::afterSingletonsInstantiated);
		}
	}

	private static ThreadPoolTaskExecutor executor(int threads) {
		var executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		return executor;
	}

}
