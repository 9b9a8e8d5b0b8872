package nl.schaduwklant.probes.phone;

import java.time.Clock;

import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.TwilioAccount;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * The phone channel: its Twilio account, the calls this node follows, the webhooks and
 * media stream Twilio reaches (behind the signature check), and the probe.
 */
@Configuration(proxyBeanMethods = false)
class PhoneConfiguration {

	static final String PREFIX = "schaduwklant.probes.phone.twilio";

	/**
	 * @param environment the configuration
	 * @param account an account the installation gives (the sandbox's emulator)
	 * @return the phone probe's settings: {@value #PREFIX}, with the account given, if
	 * one is
	 */
	@Bean
	TwilioProperties twilioProperties(Environment environment, ObjectProvider<TwilioAccount> account) {
		TwilioProperties configured = Binder.get(environment)
			.bind(PREFIX, TwilioProperties.class)
			.orElseGet(() -> new TwilioProperties(null, null, null, null, null, 0, null, null, null));
		TwilioAccount given = account.getIfAvailable();
		return (given != null) ? configured.with(given) : configured;
	}

	@Bean
	WebhookAddress webhookAddress(TwilioProperties properties) {
		return new WebhookAddress(properties);
	}

	@Bean
	FilterRegistrationBean<TwilioWebhookSignatures> twilioWebhookSignatures(TwilioProperties properties,
			WebhookAddress address) {
		var registration = new FilterRegistrationBean<>(new TwilioWebhookSignatures(properties, address));
		registration.addUrlPatterns(TwilioWebhookSignatures.PATH + "*");
		return registration;
	}

	@Bean
	FilterRegistrationBean<MarkArrival> consultantMarkArrival(java.time.Clock clock) {
		var registration = new FilterRegistrationBean<>(new MarkArrival(clock));
		registration.addUrlPatterns(ConsultantCallController.PATH + "/*");
		// before the security filters check the consultant's password
		registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	LiveCalls liveCalls() {
		return new LiveCalls();
	}

	@Bean
	InboundCalls inboundCalls() {
		return new InboundCalls();
	}

	@Bean
	JdbcPhoneCallbacks phoneCallbacks(org.springframework.jdbc.core.simple.JdbcClient jdbc,
			nl.schaduwklant.probes.ProbeRuns probes, EvidenceStore evidence, JsonMapper json,
			org.springframework.context.ApplicationEventPublisher events) {
		return new JdbcPhoneCallbacks(jdbc, probes, evidence, json, events);
	}

	@Bean
	CallTwiml callTwiml(WebhookAddress address) {
		return new CallTwiml(address);
	}

	@Bean
	CallResults callResults(EvidenceStore evidence, JsonMapper json) {
		return new CallResults(evidence, json);
	}

	@Bean
	CallRecordingRetention callRecordingRetention(EvidenceStore evidence, TwilioProperties properties, Clock clock) {
		return new CallRecordingRetention(evidence, properties, clock);
	}

	@Bean
	TwilioCalls twilioCalls(TwilioProperties properties, WebhookAddress address, Clock clock) {
		// the pacing itself (Twilio's calls per second, the back-off after a 20429), not
		// a
		// wait for something to happen: tests give TwilioCalls a pause that only records
		CallRate.Pause sleep = (duration) -> Thread.sleep(duration.toMillis());
		return new TwilioCalls(properties, address, properties.configured() ? TwilioCalls.client(properties) : null,
				new CallRate(properties.callsPerSecond(), clock, sleep), sleep, clock);
	}

	@Bean
	PhoneProbe phoneProbe(TwilioProperties properties, TwilioCalls twilio, LiveCalls calls, CallTwiml twiml,
			CallResults results, MessageSource messages, Clock clock) {
		return new PhoneProbe(properties, twilio, calls, twiml, results, messages, clock);
	}

	/**
	 * The media stream endpoint, where a servlet web server runs.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@EnableWebSocket
	static class MediaStreams implements WebSocketConfigurer {

		private final LiveCalls calls;

		private final InboundCalls inbound;

		private final JdbcPhoneCallbacks callbacks;

		private final JsonMapper json;

		private final Clock clock;

		MediaStreams(LiveCalls calls, InboundCalls inbound, JdbcPhoneCallbacks callbacks, JsonMapper json,
				Clock clock) {
			this.calls = calls;
			this.inbound = inbound;
			this.callbacks = callbacks;
			this.json = json;
			this.clock = clock;
		}

		@Override
		public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
			registry
				.addHandler(new MediaStreamHandler(this.calls, this.inbound, this.callbacks, this.json, this.clock),
						CallTwiml.STREAM_PATH)
				.setAllowedOrigins("*");
		}

	}

}
