package nl.schaduwklant.probes.browser;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The browser pool: local Chromium, or a Selenium Grid when
 * {@code schaduwklant.probes.browser.grid} is set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BrowserProperties.class)
class BrowserConfiguration {

	@Bean
	BrowserPool browserPool(BrowserProperties properties) {
		BrowserFactory factory = (properties.grid() != null) ? new RemoteGrid(properties)
				: new LocalChromium(properties);
		return new BrowserPool(factory, properties.maxBrowsers());
	}

	/**
	 * The threads browser work runs on under the watchdog: one per browser, as a probe
	 * holds a browser of the pool before it starts work here.
	 * @param properties the browser settings
	 * @return the threads
	 */
	@Bean(destroyMethod = "shutdownNow")
	ExecutorService browserThreads(BrowserProperties properties) {
		return Executors.newFixedThreadPool(properties.maxBrowsers(), (task) -> {
			Thread thread = new Thread(task, "browser-work");
			thread.setDaemon(true);
			return thread;
		});
	}

	@Bean
	BrowserSessions browserSessions(BrowserPool browserPool, BrowserWatchdog browserWatchdog,
			BrowserProperties properties, Clock clock) {
		return new BrowserSessions(browserPool, browserWatchdog, properties, clock);
	}

	@Bean
	BrowserWatchdog browserWatchdog(ExecutorService browserThreads, BrowserProperties properties) {
		return new BrowserWatchdog(browserThreads, properties.stepTimeout().plusSeconds(5), Duration.ofMillis(250));
	}

}
