package nl.schaduwklant.probes.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Local headless Chromium through the installed ChromeDriver (never Selenium Manager),
 * each browser with a fresh profile and without background networking, and with WebDriver
 * BiDi, so that it can give each probe a browsing context of its own.
 */
public class LocalChromium implements BrowserFactory {

	private final BrowserProperties properties;

	public LocalChromium(BrowserProperties properties) {
		this.properties = properties;
	}

	@Override
	public Browser start() {
		Path profile = profileDirectory();
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(this.properties.chromedriver().toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = options(this.properties, profile);
		options.enableBiDi();
		try {
			ChromeDriver driver = new ChromeDriver(service, options);
			configure(driver, this.properties);
			return new Browser(driver, service, profile, true);
		}
		catch (RuntimeException ex) {
			new Browser(null, service, profile).kill();
			throw ex;
		}
	}

	/**
	 * @return that Chromium or ChromeDriver is not installed where the settings say, if
	 * so
	 */
	@Override
	public Optional<MessageSourceResolvable> unavailable() {
		for (Path binary : new Path[] { this.properties.chromium(), this.properties.chromedriver() }) {
			if (!Files.isExecutable(binary)) {
				String name = binary.equals(this.properties.chromium()) ? "Chromium" : "ChromeDriver";
				return Optional.of(new DefaultMessageSourceResolvable(new String[] { "probes.browser.missing" },
						new Object[] { name, binary.toString() }, name + " is not installed at " + binary
								+ " (Debian: apt-get install chromium chromium-driver)"));
			}
		}
		return Optional.empty();
	}

	static ChromeOptions options(BrowserProperties properties, Path profile) {
		var options = new ChromeOptions();
		if (profile != null) {
			options.setBinary(properties.chromium().toFile());
			options.addArguments("--user-data-dir=" + profile);
		}
		if (properties.headless()) {
			options.addArguments("--headless=new");
		}
		options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--disable-quic", "--window-size=1280,900", "--lang=nl-NL",
				// every window preloads the address bar's pop-ups as WebUI pages, which a
				// probe never uses and which cost more CPU than the probe's own page
				"--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup");
		// a Dutch customer: the language the page sees (navigator.languages,
		// Accept-Language)
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
		return options;
	}

	static void configure(org.openqa.selenium.WebDriver driver, BrowserProperties properties) {
		driver.manage().timeouts().pageLoadTimeout(properties.pageLoadTimeout());
		driver.manage().timeouts().scriptTimeout(properties.stepTimeout());
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
	}

	private static Path profileDirectory() {
		try {
			return Files.createTempDirectory("schaduwklant-browser-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create a browser profile directory", ex);
		}
	}

}
