package nl.schaduwklant.probes.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.bidi.browsingcontext.BrowsingContext;
import org.openqa.selenium.bidi.browsingcontext.CreateContextParameters;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One browser, used by one probe at a time. A browser that holds probe after probe gives
 * each its own browsing context (a WebDriver BiDi user context, with its own cookies,
 * storage and cache, as a fresh incognito profile would) in a window of its own, and
 * removes it when the probe is done; a browser that does not (one on a Selenium Grid) is
 * a fresh session per probe. Its profile lives in its own directory, thrown away with the
 * browser. A browser that crashed or hung is killed, with every process that used its
 * profile, and never used again.
 */
public class Browser implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Browser.class);

	private final WebDriver driver;

	private final ChromeDriverService service;

	private final Path profile;

	private final boolean contextPerProbe;

	private volatile boolean killed;

	private int probesHeld;

	private String homeWindow;

	private String userContext;

	public Browser(WebDriver driver, ChromeDriverService service, Path profile) {
		this(driver, service, profile, false);
	}

	/**
	 * @param driver the browser's driver
	 * @param service the local driver's service, if any
	 * @param profile the browser's profile directory, if local
	 * @param contextPerProbe whether each probe gets a browsing context of its own (needs
	 * a driver with WebDriver BiDi enabled)
	 */
	public Browser(WebDriver driver, ChromeDriverService service, Path profile, boolean contextPerProbe) {
		this.driver = driver;
		this.service = service;
		this.profile = profile;
		this.contextPerProbe = contextPerProbe;
	}

	/**
	 * Opens a fresh browsing context for the next probe and makes it the driver's current
	 * window.
	 * @throws RuntimeException when the browser cannot open one: it should not be used
	 */
	void beginProbe() {
		this.probesHeld++;
		if (!this.contextPerProbe) {
			return;
		}
		if (this.homeWindow == null) {
			this.homeWindow = this.driver.getWindowHandle();
		}
		var browser = new org.openqa.selenium.bidi.module.Browser(this.driver);
		this.userContext = browser.createUserContext();
		var window = new BrowsingContext(this.driver,
				new CreateContextParameters(WindowType.WINDOW).userContext(this.userContext));
		this.driver.switchTo().window(window.getId());
	}

	/**
	 * Closes the probe's browsing context with everything it stored.
	 * @return whether the browser is clean and can hold another probe
	 */
	boolean endProbe() {
		if (!this.contextPerProbe || this.killed || this.userContext == null) {
			return false;
		}
		try {
			new org.openqa.selenium.bidi.module.Browser(this.driver).removeUserContext(this.userContext);
			this.userContext = null;
			this.driver.switchTo().window(this.homeWindow);
			return this.driver.getWindowHandles().size() == 1;
		}
		catch (RuntimeException ex) {
			log.debug("The probe's browsing context could not be removed ({}); the browser is closed", ex.toString());
			return false;
		}
	}

	/**
	 * @return how many probes this browser has held, this one included
	 */
	int probesHeld() {
		return this.probesHeld;
	}

	/**
	 * @return whether the browser was killed
	 */
	public boolean wasKilled() {
		return this.killed;
	}

	public WebDriver driver() {
		return this.driver;
	}

	/**
	 * @return the directory of this browser's profile, unique to it
	 */
	public Path profile() {
		return this.profile;
	}

	/**
	 * Kills the browser's processes without asking it (it may be hung or gone).
	 */
	public void kill() {
		this.killed = true;
		if (this.profile != null) {
			String marker = this.profile.toString();
			ProcessHandle.current()
				.descendants()
				.filter((process) -> process.info().commandLine().map((line) -> line.contains(marker)).orElse(false))
				.forEach(ProcessHandle::destroyForcibly);
		}
		if (this.service != null) {
			this.service.stop();
		}
	}

	/**
	 * Closes the browser; kills it when it does not close.
	 */
	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		catch (RuntimeException ex) {
			log.debug("Browser did not quit ({}); killing it", ex.toString());
		}
		kill();
		deleteProfile();
	}

	private void deleteProfile() {
		if (this.profile == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			log.debug("Profile {} could not be removed: {}", this.profile, ex.toString());
		}
	}

}
