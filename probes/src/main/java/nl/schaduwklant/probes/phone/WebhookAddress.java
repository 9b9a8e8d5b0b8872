package nl.schaduwklant.probes.phone;

import java.net.URI;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Where Twilio reaches this node's webhooks: the configured public base URL, or, for the
 * sandbox's emulator, this node's own address once its web server listens.
 */
class WebhookAddress implements ApplicationListener<WebServerInitializedEvent> {

	private final TwilioProperties properties;

	private volatile int localPort = -1;

	WebhookAddress(TwilioProperties properties) {
		this.properties = properties;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		this.localPort = event.getWebServer().getPort();
	}

	/**
	 * @return the base URL, without a trailing slash
	 * @throws IllegalStateException when there is none yet
	 */
	String base() {
		if (this.properties.publicBaseUrl() != null) {
			return this.properties.publicBaseUrl().toString().replaceAll("/+$", "");
		}
		if (this.properties.localWebhooks() && this.localPort > 0) {
			return "http://127.0.0.1:" + this.localPort;
		}
		throw new IllegalStateException("Twilio cannot reach this node: set schaduwklant.probes.phone.twilio"
				+ ".public-base-url (the web server is not listening yet, or there is none)");
	}

	/**
	 * @param path a path on this node, from {@code /}
	 * @return its URL for Twilio
	 */
	URI resolve(String path) {
		return URI.create(base() + path);
	}

	/**
	 * @param path a path on this node, from {@code /}
	 * @return its WebSocket URL for Twilio ({@code wss:} for {@code https:})
	 */
	URI webSocket(String path) {
		return URI.create(base().replaceFirst("^http", "ws") + path);
	}

}
