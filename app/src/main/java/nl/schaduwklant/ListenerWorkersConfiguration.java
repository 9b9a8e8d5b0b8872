package nl.schaduwklant;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The bounded pool the modules' event listeners run on ({@code @Async} through
 * {@code @ApplicationModuleListener}), and the schedule that hands over again what a
 * listener did not finish. A hand-over that finds the queue full is not lost: its
 * publication stays incomplete in the database and is resubmitted.
 */
@Configuration(proxyBeanMethods = false)
class ListenerWorkersConfiguration implements AsyncConfigurer {

	private static final Logger log = LoggerFactory.getLogger(ListenerWorkersConfiguration.class);

	private final ThreadPoolTaskExecutor workers;

	ListenerWorkersConfiguration(@Value("${schaduwklant.capacity.listener-workers}") int workers,
			@Value("${schaduwklant.capacity.listener-queue:5000}") int queue) {
		this.workers = new ThreadPoolTaskExecutor();
		this.workers.setThreadNamePrefix("listener-");
		this.workers.setCorePoolSize(workers);
		this.workers.setMaxPoolSize(workers);
		this.workers.setQueueCapacity(queue);
		this.workers.setRejectedExecutionHandler(ListenerWorkersConfiguration::leaveForResubmission);
		this.workers.setDaemon(true);
		this.workers.setWaitForTasksToCompleteOnShutdown(true);
		this.workers.setAwaitTerminationSeconds(20);
	}

	@Bean(name = { "applicationTaskExecutor", "taskExecutor" })
	ThreadPoolTaskExecutor applicationTaskExecutor() {
		return this.workers;
	}

	@Override
	public Executor getAsyncExecutor() {
		return this.workers;
	}

	private static void leaveForResubmission(Runnable task, ThreadPoolExecutor executor) {
		log.warn("All {} listener workers are busy and {} hand-overs are queued; this one waits in the database"
				+ " and is resubmitted", executor.getMaximumPoolSize(), executor.getQueue().size());
	}

	@Bean
	IncompleteHandOvers incompleteHandOvers(IncompleteEventPublications publications,
			@Value("${schaduwklant.events.resubmit-after:PT2M}") Duration minAge) {
		return new IncompleteHandOvers(publications, minAge, this.workers);
	}

	/**
	 * Resubmits event publications that stayed incomplete for longer than the slowest
	 * listener takes (a listener that failed, a hand-over left for later), not only at
	 * restart.
	 */
	static class IncompleteHandOvers {

		private final IncompleteEventPublications publications;

		private final Duration minAge;

		private final ThreadPoolTaskExecutor workers;

		IncompleteHandOvers(IncompleteEventPublications publications, Duration minAge, ThreadPoolTaskExecutor workers) {
			this.publications = publications;
			this.minAge = minAge;
			this.workers = workers;
		}

		@Scheduled(fixedDelayString = "${schaduwklant.events.resubmit-interval:PT30S}",
				initialDelayString = "${schaduwklant.events.resubmit-interval:PT30S}")
		void resubmit() {
			int room = this.workers.getQueueCapacity() - this.workers.getQueueSize();
			if (room <= 0) {
				return;
			}
			this.publications.resubmitIncompletePublications(ResubmissionOptions.defaults()
				.withMinAge(this.minAge)
				.withBatchSize(Math.min(room, 500))
				.withMaxInFlight(Math.min(room, 500)));
		}

	}

}
