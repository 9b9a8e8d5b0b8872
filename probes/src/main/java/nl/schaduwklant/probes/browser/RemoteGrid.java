package nl.schaduwklant.probes.browser;

import java.net.MalformedURLException;

import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Browsers on a Selenium Grid. The grid gives each session a fresh profile.
 */
class RemoteGrid implements BrowserFactory {

	private final BrowserProperties properties;

	RemoteGrid(BrowserProperties properties) {
		this.properties = properties;
	}

	@Override
	public Browser start() {
		try {
			RemoteWebDriver driver = new RemoteWebDriver(this.properties.grid().toURL(),
					LocalChromium.options(this.properties, null));
			LocalChromium.configure(driver, this.properties);
			return new Browser(driver, null, null);
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException("Invalid Selenium Grid URL " + this.properties.grid(), ex);
		}
	}

}
