package nl.schaduwklant.probes.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Local headless Chromium through {@code /usr/bin/chromedriver}: a fresh profile per
 * browser, removed with it, and a Dutch customer's language.
 */
class LocalChromiumTests {

	@Test
	void shouldStartEachBrowserWithAFreshDutchProfileAndRemoveItAfterwards() {
		var properties = new BrowserProperties(null, null, null, 2, true, Duration.ofSeconds(10),
				Duration.ofSeconds(10), null);
		var pool = new BrowserPool(new LocalChromium(properties), properties.maxBrowsers());

		Browser first = pool.acquire(Duration.ofSeconds(30));
		Browser second = pool.acquire(Duration.ofSeconds(30));
		Path profile = first.profile();
		assertThat(profile).isDirectory().isNotEqualTo(second.profile());
		first.driver().get("data:text/html,<title>Winkel</title>");
		assertThat(((JavascriptExecutor) first.driver()).executeScript("return navigator.languages")).asList()
			.startsWith("nl-NL");
		assertThat(((JavascriptExecutor) first.driver()).executeScript("return navigator.userAgent").toString())
			.contains("HeadlessChrome");

		pool.release(first);
		pool.release(second);

		assertThat(Files.exists(profile)).as("the profile is removed with the browser").isFalse();
		assertThat(pool.active()).isEmpty();
	}

}
