package nl.schaduwklant;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Derives every pool of this node from one declared capacity,
 * {@code schaduwklant.capacity.contacts} (contacts made at once per channel kind, default
 * 4): browsers, e-mail submissions, calls followed at once, LanguageTool instances,
 * listener workers and database connections. Each derived value is only a default: set
 * explicitly, it wins, and the values derived from it follow it.
 * {@link NodeCapacityCheck} then refuses a set that can starve.
 */
class NodeCapacityDefaults implements EnvironmentPostProcessor {

	static final String SOURCE = "schaduwklantNodeCapacity";

	static final String CONTACTS = "schaduwklant.capacity.contacts";

	static final String BROWSERS = "schaduwklant.probes.browser.max-browsers";

	static final String EMAIL_SUBMISSIONS = "schaduwklant.probes.email.concurrency";

	static final String PHONE_CALLS = "schaduwklant.probes.phone.twilio.concurrent-calls";

	static final String LANGUAGE_INSTANCES = "schaduwklant.scoring.language.instances";

	static final String LISTENER_WORKERS = "schaduwklant.capacity.listener-workers";

	static final String SCHEDULING_THREADS = "spring.task.scheduling.pool.size";

	static final String CONNECTIONS = "spring.datasource.hikari.maximum-pool-size";

	/** Connections kept for the web API and the batch jobs, beyond the workers. */
	static final int RESERVED_CONNECTIONS = 2;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		int contacts = environment.getProperty(CONTACTS, Integer.class, 4);
		int cores = Runtime.getRuntime().availableProcessors();
		Map<String, Object> derived = new LinkedHashMap<>();
		int browsers = value(environment, BROWSERS, contacts, derived);
		int email = value(environment, EMAIL_SUBMISSIONS, contacts, derived);
		// a call mostly waits (for the organisation, for its audio): twice the contacts
		int calls = value(environment, PHONE_CALLS, 2 * contacts, derived);
		int language = value(environment, LANGUAGE_INSTANCES, Math.max(1, Math.min(cores, contacts / 2)), derived);
		int listeners = value(environment, LISTENER_WORKERS, language + 1, derived);
		int scheduling = value(environment, SCHEDULING_THREADS, 2, derived);
		value(environment, CONNECTIONS,
				NodeCapacityCheck.connectionHolders(email + browsers + calls, listeners, scheduling)
						+ RESERVED_CONNECTIONS,
				derived);
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE, derived));
	}

	private static int value(ConfigurableEnvironment environment, String key, int fallback,
			Map<String, Object> derived) {
		Integer set = environment.getProperty(key, Integer.class);
		if (set != null) {
			return set;
		}
		derived.put(key, fallback);
		return fallback;
	}

}
