package nl.schaduwklant.probes.phone;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhooks Twilio calls for a mystery call (reached only with a valid signature, see
 * {@link TwilioWebhookSignatures}): the call's TwiML, its status callbacks, the
 * answering-machine verdict and the end of the maximum wait. Every callback's raw
 * parameters are kept as evidence, received once: a retried webhook (the same
 * {@code I-Twilio-Idempotency-Token}) is acknowledged and not acted on again. A call this
 * node does not follow is hung up rather than left on the line.
 */
@RestController
@RequestMapping(TwilioWebhookSignatures.PATH + "calls/{probeId}")
class PhoneWebhookController {

	static final String IDEMPOTENCY_TOKEN = "I-Twilio-Idempotency-Token";

	private static final Logger log = LoggerFactory.getLogger(PhoneWebhookController.class);

	private final LiveCalls calls;

	private final CallTwiml twiml;

	private final CallResults results;

	private final TwilioProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	private final WebhookDeliveries deliveries = new WebhookDeliveries();

	PhoneWebhookController(LiveCalls calls, CallTwiml twiml, CallResults results, TwilioProperties properties,
			MessageSource messages, Clock clock) {
		this.calls = calls;
		this.twiml = twiml;
		this.results = results;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping(path = "/twiml", produces = MediaType.APPLICATION_XML_VALUE)
	String twiml(@PathVariable UUID probeId, @RequestParam Map<String, String> parameters) {
		Optional<LiveCall> call = this.calls.get(probeId);
		if (call.isEmpty()) {
			log.warn("Twilio asked for the TwiML of call {} of probe {}, which this node does not follow; hanging up",
					parameters.get("CallSid"), probeId);
			return CallTwiml.hangUp();
		}
		String served;
		if (call.get().consultantAssisted()) {
			var contact = call.get().contact();
			Locale dutch = Locale.forLanguageTag("nl-NL");
			served = this.twiml.consultantAnswered(probeId,
					this.messages.getMessage("probes.phone.consultantAnnouncement",
							new Object[] { contact.target().name() }, dutch),
					this.messages.getMessage("probes.phone.consultantNoChoice", null, dutch));
		}
		else {
			ProbeContactMenu contact = ProbeContactMenu.of(call.get());
			served = this.twiml.opening(probeId, contact.menu(), call.get().maxWait());
		}
		this.results.served(probeId, served);
		return served;
	}

	@PostMapping("/status")
	void status(@PathVariable UUID probeId, @RequestParam Map<String, String> parameters,
			@RequestHeader(name = IDEMPOTENCY_TOKEN, required = false) String token) {
		Instant receivedAt = this.clock.instant();
		if (this.deliveries.handled(token)) {
			return;
		}
		Optional<LiveCall> call = this.calls.get(probeId);
		call.ifPresentOrElse((live) -> live.record(StatusCallback.of(parameters, receivedAt)),
				() -> log.info("Status {} of call {} for probe {}, which this node does not follow, kept as evidence",
						parameters.get("CallStatus"), parameters.get("CallSid"), probeId));
		this.results.callback(probeId, parameters);
		this.deliveries.handledNow(token);
	}

	/**
	 * The consultant's answer to "press 1 to connect" ({@code <Gather action>}): with a
	 * 1, the probe's irreversible step is marked and the consultant bridged to the
	 * organisation; with anything else (a voicemail, a wrong key) the call ends and the
	 * organisation is not called.
	 */
	@PostMapping(path = "/connect", produces = MediaType.APPLICATION_XML_VALUE)
	String connect(@PathVariable UUID probeId, @RequestParam Map<String, String> parameters) {
		this.results.callback(probeId, parameters);
		Optional<LiveCall> call = this.calls.get(probeId).filter(LiveCall::consultantAssisted);
		if (call.isEmpty() || !"1".equals(parameters.get("Digits"))) {
			return CallTwiml.hangUp();
		}
		var contact = call.get().contact();
		String organisation = contact.target().endpoints().phone().number();
		try {
			if (!call.get().bridged() && !call.get()
				.markBridge("bridging consultant " + contact.consultantNumber() + " to " + organisation)) {
				return CallTwiml.hangUp();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Probe {}: the consultant is not bridged, the mark could not be stored ({})", probeId,
					ex.toString());
			return CallTwiml.hangUp();
		}
		String served = this.twiml.bridge(probeId, organisation, this.properties.from(), this.properties.ringTimeout(),
				call.get().maxWait().plus(TwilioCalls.CONVERSATION));
		this.results.served(probeId, served);
		return served;
	}

	/**
	 * The status callbacks of a consultant's own leg, on a consultant-assisted call.
	 */
	@PostMapping("/consultant-status")
	void consultantStatus(@PathVariable UUID probeId, @RequestParam Map<String, String> parameters,
			@RequestHeader(name = IDEMPOTENCY_TOKEN, required = false) String token) {
		Instant receivedAt = this.clock.instant();
		if (this.deliveries.handled(token)) {
			return;
		}
		this.calls.get(probeId)
			.ifPresent((live) -> live.recordConsultantLeg(StatusCallback.of(parameters, receivedAt)));
		this.results.callback(probeId, parameters);
		this.deliveries.handledNow(token);
	}

	/**
	 * The end of a consultant's bridge to the organisation ({@code <Dial action>}): kept
	 * as evidence, and the consultant's leg hung up.
	 */
	@PostMapping(path = "/dial-ended", produces = MediaType.APPLICATION_XML_VALUE)
	String dialEnded(@PathVariable UUID probeId, @RequestParam Map<String, String> parameters) {
		this.results.callback(probeId, parameters);
		return CallTwiml.hangUp();
	}

	@PostMapping("/amd")
	void machineDetection(@PathVariable UUID probeId, @RequestParam Map<String, String> parameters,
			@RequestHeader(name = IDEMPOTENCY_TOKEN, required = false) String token) {
		Instant receivedAt = this.clock.instant();
		if (this.deliveries.handled(token)) {
			return;
		}
		this.calls.get(probeId).ifPresent((live) -> live.machineDetection(parameters.get("AnsweredBy"), receivedAt));
		this.results.callback(probeId, parameters);
		this.deliveries.handledNow(token);
	}

	@PostMapping(path = "/max-wait", produces = MediaType.APPLICATION_XML_VALUE)
	String maxWait(@PathVariable UUID probeId, @RequestParam Map<String, String> parameters) {
		this.calls.get(probeId).ifPresent((live) -> live.maxWaitReached(this.clock.instant()));
		return CallTwiml.hangUp();
	}

	/**
	 * The menu steps of the organisation a call goes to.
	 */
	private record ProbeContactMenu(java.util.List<nl.schaduwklant.scheduler.MenuStep> menu) {

		static ProbeContactMenu of(LiveCall call) {
			var phone = call.contact().target().endpoints().phone();
			return new ProbeContactMenu((phone != null) ? phone.menu() : java.util.List.of());
		}

	}

}
