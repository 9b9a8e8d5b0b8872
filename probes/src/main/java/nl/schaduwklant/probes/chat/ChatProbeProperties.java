package nl.schaduwklant.probes.chat;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the chat probe (its browsers are set under
 * {@code schaduwklant.probes.browser}).
 *
 * @param widgetTimeout the longest a chat widget may take to show up
 * @param maxWait the longest we wait for a human answer after asking (a campaign's reply
 * deadline, if shorter, is used)
 * @param linger how long we stay after the first human answer for follow-up messages
 * @param pollInterval how often the page's recorded events are collected (their instants
 * come from the page, not from this interval)
 */
@ConfigurationProperties("schaduwklant.probes.chat")
public record ChatProbeProperties(Duration widgetTimeout, Duration maxWait, Duration linger, Duration pollInterval) {

	public ChatProbeProperties {
		widgetTimeout = (widgetTimeout != null) ? widgetTimeout : Duration.ofSeconds(15);
		maxWait = (maxWait != null) ? maxWait : Duration.ofMinutes(15);
		linger = (linger != null) ? linger : Duration.ofSeconds(5);
		pollInterval = (pollInterval != null) ? pollInterval : Duration.ofMillis(250);
	}

}
