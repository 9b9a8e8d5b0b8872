package nl.schaduwklant.probes.browser;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The browsers of the chat and contact-form probes.
 *
 * @param chromium the Chromium binary of local browsers
 * @param chromedriver the ChromeDriver binary of local browsers (no Selenium Manager:
 * nothing is downloaded)
 * @param grid a Selenium Grid to use instead of local browsers
 * @param maxBrowsers the most browsers open at once on this node
 * @param headless whether local browsers run headless
 * @param pageLoadTimeout the longest a page may take to load
 * @param stepTimeout the longest one browser command may take before the browser is taken
 * to be hung and is killed
 * @param browserWait the longest a probe waits for a free browser
 * @param probesPerBrowser the most probes a local browser holds one after another, each
 * in a fresh browsing context of its own (1: a new browser for every probe)
 * @param idleTimeout how long a local browser without a probe stays open
 */
@ConfigurationProperties("schaduwklant.probes.browser")
public record BrowserProperties(Path chromium, Path chromedriver, URI grid, int maxBrowsers, Boolean headless,
		Duration pageLoadTimeout, Duration stepTimeout, Duration browserWait, int probesPerBrowser,
		Duration idleTimeout) {

	public BrowserProperties {
		chromium = (chromium != null) ? chromium : Path.of("/usr/bin/chromium");
		chromedriver = (chromedriver != null) ? chromedriver : Path.of("/usr/bin/chromedriver");
		maxBrowsers = (maxBrowsers > 0) ? maxBrowsers : 4;
		headless = (headless != null) ? headless : Boolean.TRUE;
		pageLoadTimeout = (pageLoadTimeout != null) ? pageLoadTimeout : Duration.ofSeconds(30);
		stepTimeout = (stepTimeout != null) ? stepTimeout : Duration.ofSeconds(20);
		browserWait = (browserWait != null) ? browserWait : Duration.ofMinutes(5);
		probesPerBrowser = (probesPerBrowser > 0) ? probesPerBrowser : 20;
		idleTimeout = (idleTimeout != null) ? idleTimeout : Duration.ofMinutes(1);
	}

}
