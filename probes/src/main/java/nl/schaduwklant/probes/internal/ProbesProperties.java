package nl.schaduwklant.probes.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How probes are run. Invalid values are refused at start-up, never silently replaced.
 *
 * @param node the name of this node, recorded with every probe it claims; it must be
 * unique to the node and the same after a restart (default: the {@code HOSTNAME}
 * environment variable, else the host's name)
 * @param maxAttempts how many times a failed contact is tried in all
 * @param retryBackoff the wait before the first retry; doubled for each further one
 * @param shutdownGrace how long contacts in flight may go on when the node stops before
 * they are ended
 */
@Validated
@ConfigurationProperties("schaduwklant.probes")
public record ProbesProperties(@NotBlank String node, @DefaultValue("3") @Min(1) int maxAttempts,
		@DefaultValue("PT5M") @NotNull Duration retryBackoff, @DefaultValue("PT20S") @NotNull Duration shutdownGrace) {

	public ProbesProperties {
		node = (node == null) ? defaultNode() : node;
	}

	private static String defaultNode() {
		String host = System.getenv("HOSTNAME");
		if (host != null && !host.isBlank()) {
			return host;
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "node-1";
		}
	}

}
