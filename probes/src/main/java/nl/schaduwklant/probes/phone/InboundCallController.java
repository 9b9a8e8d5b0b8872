package nl.schaduwklant.probes.phone;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The voice webhook of our caller ID (configure it as the number's "A call comes in" URL:
 * {@value #PATH} under the public base URL; signed like every webhook): an organisation
 * calling back is answered with a short message, recorded through the media stream, and
 * matched by its number to the call it answers.
 */
@RestController
class InboundCallController {

	static final String PATH = TwilioWebhookSignatures.PATH + "inbound";

	private static final Logger log = LoggerFactory.getLogger(InboundCallController.class);

	private final JdbcPhoneCallbacks callbacks;

	private final InboundCalls recordings;

	private final CallTwiml twiml;

	private final TwilioProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	InboundCallController(JdbcPhoneCallbacks callbacks, InboundCalls recordings, CallTwiml twiml,
			TwilioProperties properties, MessageSource messages, Clock clock) {
		this.callbacks = callbacks;
		this.recordings = recordings;
		this.twiml = twiml;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping(path = PATH, produces = MediaType.APPLICATION_XML_VALUE)
	String answer(@RequestParam Map<String, String> parameters) {
		Instant receivedAt = this.clock.instant();
		String callSid = parameters.getOrDefault("CallSid", "");
		var callback = this.callbacks.received(parameters, receivedAt);
		log.info("Call {} from {} to our number: {}", callSid, callback.from(), (callback.probeId() != null)
				? "a callback for probe " + callback.probeId() : "from a number no organisation has; kept unmatched");
		if (!this.recordings.open(callSid, callback.from(), receivedAt,
				this.properties.callbackListen().plusMinutes(2))) {
			log.warn("Call {} is answered without recording: {} callbacks are being recorded already", callSid,
					InboundCalls.MOST);
		}
		return this.twiml.inbound(callSid,
				this.messages.getMessage("probes.phone.callbackGreeting", null, Locale.forLanguageTag("nl-NL")),
				this.properties.callbackListen());
	}

}
