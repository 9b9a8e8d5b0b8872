package nl.schaduwklant;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Refuses, at start-up, a node whose pools can starve: more threads that may hold a
 * database connection at once (contact workers, listener workers, scheduled tasks, the
 * mailbox watcher) than connections. Every one of those threads holds at most one
 * connection, and never while it waits for anything else, so with enough connections none
 * of them can wait for a connection held by a thread that waits for it.
 */
@Component
class NodeCapacityCheck implements SmartInitializingSingleton {

	/** The mailbox watcher's thread. */
	static final int WATCHER_THREADS = 1;

	private final DataSource dataSource;

	private final ThreadPoolTaskExecutor contactWorkers;

	private final ThreadPoolTaskExecutor listenerWorkers;

	private final int schedulingThreads;

	NodeCapacityCheck(DataSource dataSource, @Qualifier("probeContactExecutor") ThreadPoolTaskExecutor contactWorkers,
			@Qualifier("applicationTaskExecutor") ThreadPoolTaskExecutor listenerWorkers,
			@Value("${spring.task.scheduling.pool.size:1}") int schedulingThreads) {
		this.dataSource = dataSource;
		this.contactWorkers = contactWorkers;
		this.listenerWorkers = listenerWorkers;
		this.schedulingThreads = schedulingThreads;
	}

	static int connectionHolders(int contactWorkers, int listenerWorkers, int schedulingThreads) {
		return contactWorkers + listenerWorkers + schedulingThreads + WATCHER_THREADS;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!(this.dataSource instanceof HikariDataSource hikari)) {
			return;
		}
		int holders = connectionHolders(this.contactWorkers.getMaxPoolSize(), this.listenerWorkers.getMaxPoolSize(),
				this.schedulingThreads);
		int connections = hikari.getMaximumPoolSize();
		if (holders > connections) {
			throw new IllegalStateException(String.format(
					"This node's pools can starve: %d threads may hold a database connection at once (%d contact"
							+ " workers, %d listener workers, %d scheduled-task threads, %d mailbox watcher) but"
							+ " spring.datasource.hikari.maximum-pool-size is %d. Raise the pool to at least %d,"
							+ " or lower schaduwklant.capacity.contacts (or the pools set explicitly).",
					holders, this.contactWorkers.getMaxPoolSize(), this.listenerWorkers.getMaxPoolSize(),
					this.schedulingThreads, WATCHER_THREADS, connections, holders));
		}
	}

}
