package nl.schaduwklant.bench;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * How often a thread gave up waiting for a database connection, from HikariCP's own
 * counter ({@code hikaricp.connections.timeout}).
 */
final class ConnectionTimeouts {

	private final MeterRegistry registry;

	ConnectionTimeouts(ConfigurableApplicationContext context) {
		this.registry = context.getBeanProvider(MeterRegistry.class).getIfAvailable();
	}

	String count() {
		if (this.registry == null) {
			return "not measured (no meter registry)";
		}
		var counter = this.registry.find("hikaricp.connections.timeout").counter();
		return (counter != null) ? String.valueOf((long) counter.count()) : "not measured (no HikariCP meter)";
	}

}
