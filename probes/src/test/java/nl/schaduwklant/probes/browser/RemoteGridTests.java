package nl.schaduwklant.probes.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.remote.RemoteWebDriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Browsers on a remote WebDriver endpoint, as on a Selenium Grid: here a ChromeDriver
 * server on a free local port, which speaks the same W3C WebDriver protocol a grid does.
 */
class RemoteGridTests {

	private static ChromeDriverService grid;

	@BeforeAll
	static void startGrid() throws IOException {
		grid = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.usingAnyFreePort()
			.build();
		grid.start();
	}

	@AfterAll
	static void stopGrid() {
		grid.stop();
	}

	@Test
	void shouldRunHeadlessBrowsersOnTheGridWithTheConfiguredTimeoutsAndEndTheirSessions() throws Exception {
		var properties = new BrowserProperties(null, null, URI.create(grid.getUrl().toString()), 1, true,
				Duration.ofSeconds(7), Duration.ofSeconds(9), null, 0, null);
		var pool = new BrowserPool(new RemoteGrid(properties), properties.maxBrowsers());

		Browser browser = pool.acquire(Duration.ofSeconds(30));
		assertThat(browser.driver()).isInstanceOf(RemoteWebDriver.class);
		assertThat(browser.profile()).as("the grid keeps the profile").isNull();
		assertThat(browser.driver().manage().timeouts().getPageLoadTimeout()).isEqualTo(Duration.ofSeconds(7));
		assertThat(browser.driver().manage().timeouts().getScriptTimeout()).isEqualTo(Duration.ofSeconds(9));
		browser.driver().get("data:text/html,<title>Grid</title><p>hallo</p>");
		assertThat(browser.driver().getTitle()).isEqualTo("Grid");
		assertThat(((JavascriptExecutor) browser.driver()).executeScript("return navigator.language"))
			.isEqualTo("nl-NL");
		assertThat(pool.active()).containsExactly(browser);

		pool.release(browser);

		assertThat(pool.active()).isEmpty();
		assertThatThrownBy(() -> browser.driver().getTitle()).as("the session on the grid has ended")
			.isInstanceOf(org.openqa.selenium.WebDriverException.class);
	}

}
