package nl.schaduwklant.probes.internal;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How probes are run.
 *
 * @param node the name of this node, recorded with every probe it claims
 * @param maxAttempts how many times a failed contact is tried in all
 * @param retryBackoff the wait before the first retry; doubled for each further one
 */
@Validated
@ConfigurationProperties("schaduwklant.probes")
public record ProbesProperties(@NotNull String node, @Min(1) int maxAttempts, @NotNull Duration retryBackoff) {

	public ProbesProperties {
		node = (node == null || node.isBlank()) ? defaultNode() : node;
		maxAttempts = (maxAttempts > 0) ? maxAttempts : 3;
		retryBackoff = (retryBackoff != null) ? retryBackoff : Duration.ofMinutes(5);
	}

	private static String defaultNode() {
		String host = System.getenv("HOSTNAME");
		return (host != null && !host.isBlank()) ? host : "node-1";
	}

}
