package nl.schaduwklant.probes.browser;

import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;

/**
 * Starts browsers: local Chromium, or a remote one on a Selenium Grid.
 */
public interface BrowserFactory {

	Browser start();

	/**
	 * @return why no browser can be started on this node (a missing binary), in the
	 * user's language; empty when browsers can be started, or when that is only known by
	 * trying
	 */
	default Optional<MessageSourceResolvable> unavailable() {
		return Optional.empty();
	}

}
