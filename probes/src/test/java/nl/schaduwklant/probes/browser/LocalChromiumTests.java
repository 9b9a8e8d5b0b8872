package nl.schaduwklant.probes.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Local headless Chromium through {@code /usr/bin/chromedriver}: a fresh profile per
 * browser, removed with it, a Dutch customer's language, and a fresh browsing context for
 * every probe a browser holds, so that nothing one probe stored is seen by the next.
 */
class LocalChromiumTests {

	private HttpServer site;

	private String page;

	@BeforeEach
	void startSite() throws Exception {
		this.site = HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
		this.site.createContext("/", (exchange) -> {
			byte[] body = "<title>Winkel</title><p>Welkom</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.site.start();
		this.page = "http://127.0.0.1:" + this.site.getAddress().getPort() + "/winkel";
	}

	@AfterEach
	void stopSite() {
		this.site.stop(0);
	}

	@Test
	void shouldSayWhichBinaryIsMissingBeforeTryingToStartABrowser(@TempDir Path elsewhere) {
		var installed = new BrowserProperties(null, null, null, 1, true, null, null, null, 1, null);
		assertThat(new LocalChromium(installed).unavailable()).as("both installed here").isEmpty();

		Path missing = elsewhere.resolve("chromedriver");
		var withoutDriver = new BrowserProperties(null, missing, null, 1, true, null, null, null, 1, null);
		MessageSourceResolvable why = new LocalChromium(withoutDriver).unavailable().orElseThrow();
		var messages = new StaticMessageSource();
		messages.addMessage("probes.browser.missing", Locale.ENGLISH, "{0} is missing at {1}");
		assertThat(messages.getMessage(why, Locale.ENGLISH)).isEqualTo("ChromeDriver is missing at " + missing);
		assertThat(messages.getMessage(why, Locale.GERMAN)).as("the default message where no text is translated")
			.startsWith("ChromeDriver is not installed at " + missing);

		var withoutChromium = new BrowserProperties(elsewhere.resolve("chromium"), null, null, 1, true, null, null,
				null, 1, null);
		assertThat(new LocalChromium(withoutChromium).unavailable()).get()
			.extracting(MessageSourceResolvable::getArguments)
			.isEqualTo(new Object[] { "Chromium", elsewhere.resolve("chromium").toString() });
	}

	@Test
	void shouldStartEachBrowserWithAFreshDutchProfileAndRemoveItWhenThePoolCloses() {
		var properties = properties(2);
		var pool = new BrowserPool(new LocalChromium(properties), properties.maxBrowsers(), 5, Duration.ofMinutes(1));

		Browser first = pool.acquire(Duration.ofSeconds(30));
		Browser second = pool.acquire(Duration.ofSeconds(30));
		Path profile = first.profile();
		assertThat(profile).isDirectory().isNotEqualTo(second.profile());
		first.driver().get(this.page);
		assertThat(((JavascriptExecutor) first.driver()).executeScript("return navigator.languages")).asList()
			.startsWith("nl-NL");
		assertThat(((JavascriptExecutor) first.driver()).executeScript("return navigator.userAgent").toString())
			.contains("HeadlessChrome");

		pool.release(first);
		pool.release(second);
		assertThat(pool.active()).isEmpty();
		assertThat(pool.idle()).isEqualTo(2);
		pool.close();

		assertThat(pool.idle()).isZero();
		assertThat(Files.exists(profile)).as("the profile is removed with the browser").isFalse();
	}

	@Test
	void shouldGiveTheNextProbeInTheSameBrowserNothingThePreviousOneStored() {
		var properties = properties(1);
		try (var pool = new BrowserPool(new LocalChromium(properties), 1, 5, Duration.ofMinutes(1))) {
			Browser browser = pool.acquire(Duration.ofSeconds(30));
			browser.driver().get(this.page);
			browser.driver().manage().addCookie(new Cookie("bezoeker", "probe-1"));
			((JavascriptExecutor) browser.driver()).executeScript(
					"localStorage.setItem('gesprek', 'probe-1');" + " sessionStorage.setItem('gesprek', 'probe-1');");
			pool.release(browser);

			Browser next = pool.acquire(Duration.ofSeconds(30));
			assertThat(next).as("the same browser holds the next probe").isSameAs(browser);
			assertThat(next.profile()).isEqualTo(browser.profile());
			next.driver().get(this.page);
			assertThat(next.driver().manage().getCookies()).isEmpty();
			assertThat(((JavascriptExecutor) next.driver())
				.executeScript("return [localStorage.getItem('gesprek'), sessionStorage.getItem('gesprek')]")).asList()
				.containsOnlyNulls();
			assertThat(next.driver().getWindowHandles()).as("the first probe's window is gone").hasSize(2);
			pool.release(next);
		}
	}

	@Test
	void shouldNeverHandAKilledOrFailedBrowserOrOneThatHeldItsShareToTheNextProbe() {
		var properties = properties(1);
		try (var pool = new BrowserPool(new LocalChromium(properties), 1, 2, Duration.ofMinutes(1))) {
			Browser killed = pool.acquire(Duration.ofSeconds(30));
			killed.kill();
			pool.release(killed);
			Browser failed = pool.acquire(Duration.ofSeconds(30));
			assertThat(failed).isNotSameAs(killed);
			pool.release(failed, false);
			Browser first = pool.acquire(Duration.ofSeconds(30));
			assertThat(first).isNotSameAs(failed);
			pool.release(first);
			assertThat(pool.acquire(Duration.ofSeconds(30))).isSameAs(first);
			pool.release(first);
			assertThat(pool.idle()).as("two probes were its share").isZero();
			assertThat(Files.exists(first.profile())).isFalse();
		}
	}

	@Test
	void shouldCloseBrowsersLeftWithoutAProbe() {
		var properties = properties(1);
		try (var pool = new BrowserPool(new LocalChromium(properties), 1, 5, Duration.ZERO)) {
			Browser browser = pool.acquire(Duration.ofSeconds(30));
			pool.release(browser);
			pool.closeIdle();
			assertThat(pool.idle()).isZero();
			assertThat(Files.exists(browser.profile())).isFalse();
		}
	}

	private static BrowserProperties properties(int browsers) {
		return new BrowserProperties(null, null, null, browsers, true, Duration.ofSeconds(10), Duration.ofSeconds(10),
				null, 0, null);
	}

}
