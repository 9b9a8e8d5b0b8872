package nl.schaduwklant.probes.browser;

/**
 * Starts browsers: local Chromium, or a remote one on a Selenium Grid.
 */
public interface BrowserFactory {

	Browser start();

}
