package nl.schaduwklant.sandbox;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the sandbox.
 *
 * @param enabled whether the application uses the sandbox (a mail server with simulated
 * organisations, and their websites); it then provides the mystery mailbox and the
 * sandbox's sites
 * @param mode {@code embedded} (the default): the application runs the sandbox itself;
 * {@code external}: it uses a sandbox running as its own process, described by its
 * connection file
 * @param connectionFile in external mode, the {@code sandbox.json} the sandbox process
 * wrote
 * @param seed the seed of the organisations' behaviour
 * @param mysteryAddress the mystery customer's address on the sandbox mail server
 * @param mysteryPassword the mystery mailbox's password; a random one when absent
 * @param smtpPort the sandbox's SMTP port; a free one when absent
 * @param imapPort the sandbox's IMAP port; a free one when absent
 * @param webPort the port of the sandbox's websites; a free one when absent
 * @param dataDir where the sandbox keeps its contacts (JSON lines per kind) and writes
 * its connection file; in memory only when absent
 */
@ConfigurationProperties("schaduwklant.sandbox")
public record SandboxProperties(boolean enabled, Mode mode, Path connectionFile, Long seed, String mysteryAddress,
		String mysteryPassword, int smtpPort, int imapPort, int webPort, Path dataDir) {

	public SandboxProperties {
		mode = (mode != null) ? mode : Mode.EMBEDDED;
		seed = (seed != null) ? seed : 2026L;
		mysteryAddress = (mysteryAddress != null) ? mysteryAddress : "marieke.devries@schaduwklant.test";
	}

	/**
	 * Where the sandbox runs.
	 */
	public enum Mode {

		/** In the application. */
		EMBEDDED,

		/** In a process of its own. */
		EXTERNAL

	}

}
