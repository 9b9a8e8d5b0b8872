package nl.schaduwklant.probes.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One browser, used by one probe: a clean profile in its own directory, thrown away
 * afterwards. A browser that crashed or hung is killed, with every process that used its
 * profile.
 */
public class Browser implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Browser.class);

	private final WebDriver driver;

	private final ChromeDriverService service;

	private final Path profile;

	public Browser(WebDriver driver, ChromeDriverService service, Path profile) {
		this.driver = driver;
		this.service = service;
		this.profile = profile;
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
