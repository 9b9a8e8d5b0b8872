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

	/**
	 * Browsers on a Selenium Grid are a fresh session per probe; local ones hold up to
	 * {@code probes-per-browser} probes, each in a fresh browsing context.
	 * @param properties the browser settings
	 * @return the pool
	 */
	@Bean(destroyMethod = "close")
	BrowserPool browserPool(BrowserProperties properties) {
		if (properties.grid() != null) {
			return new BrowserPool(new RemoteGrid(properties), properties.maxBrowsers());
		}
		return new BrowserPool(new LocalChromium(properties), properties.maxBrowsers(), properties.probesPerBrowser(),
				properties.idleTimeout());
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
	BrowserIdleCloser browserIdleCloser(BrowserPool browserPool) {
		return new BrowserIdleCloser(browserPool);
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
