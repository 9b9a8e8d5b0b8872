package nl.schaduwklant.probes.internal;

import java.util.List;
import java.util.stream.Collectors;

import nl.schaduwklant.probes.ChannelProbe;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProbesProperties.class)
class ProbesConfiguration {

	/**
	 * The threads contacts are made on: as many as the channels together make at once
	 * (each channel has its own limit, so a long chat never holds up an e-mail; channels
	 * that share a resource, such as the browsers, share its limit).
	 * @param probes the channel probes of this node
	 * @return the executor
	 */
	@Bean(destroyMethod = "shutdown")
	ThreadPoolTaskExecutor probeContactExecutor(List<ChannelProbe> probes) {
		int threads = Math.max(1,
				probes.stream()
					.collect(Collectors.toMap(ChannelProbe::sharedResource, ChannelProbe::concurrency, Math::max))
					.values()
					.stream()
					.mapToInt(Integer::intValue)
					.sum());
		var executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("probe-contact-");
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setQueueCapacity(threads);
		executor.setDaemon(true);
		// the dispatcher has already given the contacts their grace period when it
		// stopped
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(5);
		return executor;
	}

	/**
	 * Retries recording what a contact observed, which exists only in memory until it is
	 * stored: through lost races and through the database being briefly unreachable (no
	 * free connection, a dropped connection), for up to about four minutes.
	 * @return the retry template
	 */
	@Bean
	RetryTemplate probeResultRetries() {
		return new RetryTemplate(RetryPolicy.builder()
			.includes(OptimisticLockingFailureException.class, PessimisticLockingFailureException.class,
					TransientDataAccessException.class, CannotCreateTransactionException.class,
					RecoverableDataAccessException.class)
			.maxRetries(12)
			.delay(java.time.Duration.ofMillis(100))
			.multiplier(2)
			.maxDelay(java.time.Duration.ofSeconds(30))
			.build());
	}

	/**
	 * Retries a lifecycle transition that lost a race with another one on the same probe
	 * (a reply recorded while the contact is recorded).
	 * @return the retry template
	 */
	@Bean
	RetryTemplate probeRecordRetries() {
		return new RetryTemplate(RetryPolicy.builder()
			.includes(OptimisticLockingFailureException.class, PessimisticLockingFailureException.class)
			.maxRetries(5)
			.delay(java.time.Duration.ofMillis(20))
			.build());
	}

}
