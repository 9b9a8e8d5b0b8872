package nl.schaduwklant.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the sandbox.
 *
 * @param enabled whether the sandbox runs (a mail server with simulated organisations);
 * it then provides the mystery mailbox
 * @param seed the seed of the organisations' behaviour
 * @param mysteryAddress the mystery customer's address on the sandbox mail server
 */
@ConfigurationProperties("schaduwklant.sandbox")
public record SandboxProperties(boolean enabled, Long seed, String mysteryAddress) {

	public SandboxProperties {
		seed = (seed != null) ? seed : 2026L;
		mysteryAddress = (mysteryAddress != null) ? mysteryAddress : "marieke.devries@schaduwklant.test";
	}

}
