package nl.schaduwklant.sandbox.phone;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import nl.schaduwklant.sandbox.PhoneBehaviour;
import nl.schaduwklant.sandbox.PhoneTruth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * One call the emulator places, as Twilio would: status callbacks as it goes (initiated,
 * ringing, answered, completed, each signed, numbered and with an idempotency token), the
 * organisation's line answering as its {@link PhoneBehaviour} says, our TwiML fetched and
 * followed (a media stream to our WebSocket endpoint, pauses, keys pressed, phrases said,
 * redirects, hang-up), a TwiML update or hang-up taking effect at once, and the ground
 * truth kept when it ends.
 */
final class EmulatedCall implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(EmulatedCall.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** How long the emulator takes to say one word. */
	private static final double SECONDS_PER_WORD = 0.35;

	/** How long the sandbox's consultant talks with the person before hanging up. */
	private static final double CONVERSATION = 8;

	/** How long into an organisation's menu the sandbox's consultant presses its keys. */
	private static final double CONSULTANT_MENU_SECONDS = 2.5;

	/** The longest the emulator takes to say anything. */
	private static final double LONGEST_SAY = 5;

	private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

	private final CallRequest request;

	private final EmulatorSettings settings;

	private final PhoneBehaviour behaviour;

	private final String organisation;

	private final HttpClient http;

	private final Clock clock;

	private final java.util.function.Consumer<PhoneTruth> truth;

	private final AtomicInteger sequence = new AtomicInteger();

	private final Instant createdAt;

	private OrganisationLine line;

	private String status = "queued";

	private String pendingTwiml;

	private boolean hangUpRequested;

	private Instant ringingAt;

	private Instant connectedAt;

	private Instant endedAt;

	private Double questionHeardAt;

	private WebSocket stream;

	private ScheduledExecutorService pump;

	/** Where a {@code <Dial>} finds the number it calls, and records calling it. */
	interface Dialler {

		/**
		 * @param number a number dialled
		 * @return its line, if the sandbox has one
		 */
		java.util.Optional<TwilioEmulator.Line> line(String number);

		/**
		 * @param probe the probe the call is for
		 * @param organisation the organisation called
		 * @param sid the leg's SID
		 */
		void dialled(String probe, String organisation, String sid);

		/**
		 * The organisation keeps its promise: it calls our number back.
		 * @param from its number
		 * @param behaviour how it behaves
		 * @param to our number
		 * @param webhooks where our webhooks are
		 */
		void callBack(String from, PhoneBehaviour behaviour, String to, URI webhooks);

	}

	private final Dialler dialler;

	/** A consultant's call: it is bridged by {@code <Dial>} to an organisation. */
	private final boolean consultantCall;

	/** The organisation's line a consultant's call is bridged to. */
	private volatile OrganisationLine bridged;

	/** The second of the stream at which the bridge connected. */
	private volatile double bridgeOffset;

	private String streamTrack = "inbound";

	private final AtomicInteger childSequence = new AtomicInteger();

	private String dialledTo;

	private String dialledOrganisation;

	private volatile PhoneBehaviour dialledBehaviour;

	private String childSid;

	private String childStatus;

	private Instant childRingingAt;

	private Instant childConnectedAt;

	private Instant childEndedAt;

	private boolean marked;

	EmulatedCall(CallRequest request, EmulatorSettings settings, PhoneBehaviour behaviour, String organisation,
			HttpClient http, Clock clock, java.util.function.Consumer<PhoneTruth> truth, Dialler dialler) {
		this.dialler = dialler;
		this.consultantCall = request.to().equals(settings.consultantNumber());
		this.request = request;
		this.settings = settings;
		this.behaviour = behaviour;
		this.organisation = organisation;
		this.http = http;
		this.clock = clock;
		this.truth = truth;
		this.createdAt = clock.instant();
	}

	String sid() {
		return this.request.sid();
	}

	synchronized String status() {
		return this.status;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	CallRequest request() {
		return this.request;
	}

	synchronized Integer duration() {
		return (this.connectedAt != null && this.endedAt != null)
				? (int) Math.ceil(Duration.between(this.connectedAt, this.endedAt).toMillis() / 1000.0) : null;
	}

	/**
	 * Replaces what the call does next, as {@code Call.updater().setTwiml()} does.
	 */
	synchronized void update(String twiml) {
		this.pendingTwiml = twiml;
		notifyAll();
	}

	/**
	 * Ends the call, as {@code Call.updater().setStatus(COMPLETED)} does.
	 */
	synchronized void hangUp() {
		this.hangUpRequested = true;
		notifyAll();
	}

	@Override
	public void run() {
		try {
			callback("initiated", "initiated");
			pause(0.2);
			synchronized (this) {
				this.status = "ringing";
				this.ringingAt = this.clock.instant();
			}
			callback("ringing", "ringing");
			String end = switch (this.behaviour.line()) {
				case BUSY -> pause(0.8) ? "canceled" : "busy";
				case NOT_CONNECTED -> "failed";
				case NO_ANSWER -> pause(this.request.timeoutSeconds()) ? "canceled" : "no-answer";
				case ANSWERS -> {
					if (this.behaviour.ringSeconds() >= this.request.timeoutSeconds()) {
						yield pause(this.request.timeoutSeconds()) ? "canceled" : "no-answer";
					}
					yield pause(this.behaviour.ringSeconds()) ? "canceled" : connected();
				}
			};
			finish(end);
		}
		catch (RuntimeException ex) {
			log.warn("Emulated call {} failed", sid(), ex);
			finish("failed");
		}
	}

	private String connected() {
		synchronized (this) {
			this.status = "in-progress";
			this.connectedAt = this.clock.instant();
			this.line = new OrganisationLine(this.behaviour, this.settings.seed() ^ sid().hashCode(),
					this.request.inbound());
		}
		callback("answered", "in-progress");
		if (this.request.amdCallback() != null) {
			Thread detection = new Thread(() -> {
				if (!pause(2.5)) {
					post(this.request.amdCallback(), Map.of("AccountSid", this.request.accountSid(), "CallSid", sid(),
							"AnsweredBy", answeredBy()), UUIDs.next());
				}
			}, "emulated-amd-" + sid());
			detection.setDaemon(true);
			detection.start();
		}
		List<TwimlVerb> verbs = (this.request.twiml() != null) ? TwimlVerb.parse(this.request.twiml())
				: fetch(this.request.url());
		follow(verbs);
		return "completed";
	}

	/**
	 * @return what answering-machine detection makes of the first greeting: a person
	 * answering at once is {@code human}, a menu, music or message {@code machine_start}
	 */
	private String answeredBy() {
		boolean person = this.behaviour.menu() == null && this.behaviour.music() == null
				&& this.behaviour.closedMessage() == null && this.behaviour.holdSeconds() < 1;
		return person ? "human" : "machine_start";
	}

	private void follow(List<TwimlVerb> verbs) {
		int next = 0;
		while (true) {
			synchronized (this) {
				if (this.hangUpRequested || (this.line != null && this.line.hungUp())) {
					return;
				}
				if (this.pendingTwiml != null) {
					verbs = TwimlVerb.parse(this.pendingTwiml);
					this.pendingTwiml = null;
					next = 0;
				}
			}
			if (next >= verbs.size() || overTime()) {
				return;
			}
			TwimlVerb verb = verbs.get(next++);
			switch (verb.name()) {
				case "Stream" -> startStream(verb);
				case "Pause" -> pause(Double.parseDouble(verb.attribute("length", "1")));
				case "Play" -> {
					String digits = verb.attribute("digits", "");
					if (!pause(0.1 * digits.length())) {
						this.line.pressed(digits);
					}
				}
				case "Say" -> {
					synchronized (this) {
						if (this.questionHeardAt == null && this.line.liveAgentAt() != null) {
							this.questionHeardAt = this.line.seconds();
						}
					}
					pause(Math.min(LONGEST_SAY, SECONDS_PER_WORD * verb.text().split("\\s+").length));
				}
				case "Redirect" -> {
					verbs = fetch(URI.create(verb.text()));
					next = 0;
				}
				case "Dial" -> {
					verbs = dial(verb);
					next = 0;
				}
				case "Gather" -> {
					// the consultant listens to what is said and presses 1
					pause(Math.min(LONGEST_SAY, SECONDS_PER_WORD * verb.text().split("\\s+").length));
					String action = verb.attribute("action", null);
					if (this.consultantCall && action != null) {
						Map<String, String> parameters = callParameters("in-progress");
						parameters.put("Digits", "1");
						HttpResponse<String> response = post(URI.create(action), parameters, null);
						verbs = (response != null && response.statusCode() == 200) ? TwimlVerb.parse(response.body())
								: List.of();
						next = 0;
					}
				}
				case "Hangup" -> {
					return;
				}
				default -> log.warn("The emulator does not follow <{}>; skipped", verb.name());
			}
		}
	}

	/**
	 * Bridges a consultant's call to the number dialled, as Twilio's {@code <Dial>}: the
	 * organisation's leg reports to the {@code <Number>}'s status callback, its audio
	 * goes down the stream as what the consultant hears, and the sandbox's consultant
	 * marks a person (after their reaction time) or a closed line through the platform's
	 * API, talks a moment and hangs up. Then the dial's action says what follows.
	 * @return the TwiML the dial's action answered
	 */
	private List<TwimlVerb> dial(TwimlVerb verb) {
		String to = verb.text();
		String probe = probeId();
		java.util.Optional<TwilioEmulator.Line> target = this.dialler.line(to);
		PhoneBehaviour organisation = target.map(TwilioEmulator.Line::behaviour)
			.orElse(new PhoneBehaviour(PhoneBehaviour.Line.NOT_CONNECTED, 0, null, null, null, 0, null, null, null, 0,
					null));
		String child = "CA" + UUIDs.hex32();
		this.dialledBehaviour = organisation;
		synchronized (this) {
			this.dialledTo = to;
			this.dialledOrganisation = target.map(TwilioEmulator.Line::organisation).orElse("unknown");
			this.childSid = child;
		}
		this.dialler.dialled(probe, this.dialledOrganisation, child);
		URI callback = uri(verb.parameters().get("statusCallback"));
		Set<String> events = Set.of(verb.parameters().getOrDefault("statusCallbackEvent", "completed").split(" "));
		int timeout = Integer.parseInt(verb.attribute("timeout", "30"));
		childCallback(callback, events, "initiated", "initiated", verb);
		pause(0.2);
		this.childRingingAt = this.clock.instant();
		childCallback(callback, events, "ringing", "ringing", verb);
		String end = switch (organisation.line()) {
			case BUSY -> pause(0.8) ? "canceled" : "busy";
			case NOT_CONNECTED -> "failed";
			case NO_ANSWER -> pause(timeout) ? "canceled" : "no-answer";
			case ANSWERS -> {
				if (organisation.ringSeconds() >= timeout) {
					yield pause(timeout) ? "canceled" : "no-answer";
				}
				yield pause(organisation.ringSeconds()) ? "canceled" : bridge(organisation, callback, events, verb);
			}
		};
		this.childStatus = end;
		this.childEndedAt = this.clock.instant();
		childCallback(callback, events, "completed", end, verb);
		String action = verb.attribute("action", null);
		if (action == null) {
			return List.of(new TwimlVerb("Hangup", Map.of(), "", Map.of()));
		}
		Map<String, String> parameters = callParameters("in-progress");
		parameters.put("DialCallSid", child);
		parameters.put("DialCallStatus", end.equals("canceled") ? "canceled" : end);
		HttpResponse<String> response = post(URI.create(action), parameters, null);
		return (response != null && response.statusCode() == 200) ? TwimlVerb.parse(response.body())
				: List.of(new TwimlVerb("Hangup", Map.of(), "", Map.of()));
	}

	private String bridge(PhoneBehaviour organisation, URI callback, Set<String> events, TwimlVerb verb) {
		this.bridgeOffset = this.streamSeconds;
		this.childConnectedAt = this.clock.instant();
		this.bridged = new OrganisationLine(organisation, this.settings.seed() ^ this.childSid.hashCode());
		childCallback(callback, events, "answered", "in-progress", verb);
		int limit = Integer.parseInt(verb.attribute("timeLimit", "14400"));
		Instant agentHeard = null;
		boolean menuPressed = false;
		while (true) {
			if (pause(0.05) || overTime(limit)) {
				synchronized (this) {
					if (this.hangUpRequested || overTime(limit)) {
						return "completed";
					}
					// a TwiML update cannot change a bridge: it is dropped
					this.pendingTwiml = null;
				}
			}
			if (organisation.menu() != null && !menuPressed
					&& callSeconds(this.childConnectedAt) >= CONSULTANT_MENU_SECONDS) {
				// the consultant presses the menu's keys on their own phone
				menuPressed = true;
				this.bridged.pressed(organisation.menuDigits());
			}
			if (this.bridged.hungUp()) {
				if (!this.marked) {
					mark("CLOSED");
				}
				return "completed";
			}
			if (this.agentSentAt != null && agentHeard == null) {
				agentHeard = this.agentSentAt;
			}
			if (agentHeard != null && !this.marked
					&& callSeconds(agentHeard) >= this.settings.consultantReactionSeconds()) {
				mark("PERSON");
			}
			if (this.marked && callSeconds(agentHeard) >= this.settings.consultantReactionSeconds() + CONVERSATION) {
				// the consultant asked the question, heard the answer, and hangs up
				return "completed";
			}
		}
	}

	private boolean overTime(int limitSeconds) {
		return callSeconds(this.childConnectedAt) >= limitSeconds;
	}

	/**
	 * @return the call's seconds since an instant (faster than the wall clock when the
	 * emulator streams faster than real time)
	 */
	private double callSeconds(Instant since) {
		return Duration.between(since, this.clock.instant()).toMillis() / 1000.0 * this.settings.streamSpeed();
	}

	private void mark(String mark) {
		this.marked = true;
		URI api = consultantApi("/marks");
		if (api != null) {
			post(api, "{\"mark\":\"" + mark + "\"}");
		}
	}

	/**
	 * Posts the sandbox consultant's review once the call is over: a proper welcome and
	 * help when a person answered, a callback promise when the organisation makes them.
	 */
	private void review() {
		OrganisationLine heard = this.bridged;
		URI api = consultantApi("/review");
		if (heard == null || api == null) {
			return;
		}
		boolean person = heard.liveAgentAt() != null;
		boolean promised = person && this.dialledBehaviour != null && this.dialledBehaviour.callbackSeconds() != null;
		post(api, "{\"properWelcome\":" + person + ",\"helped\":" + person + ",\"oneCallEnough\":" + person
				+ ",\"callbackPromised\":" + promised
				// the person asked for was not free: the callback is the alternative
				// offered
				+ (promised ? ",\"alternativeOffered\":true" : "") + "}");
	}

	private URI consultantApi(String path) {
		String probe = probeId();
		URI base = (this.request.url() != null) ? this.request.url() : null;
		return (probe != null && base != null) ? base.resolve("/api/consultant-calls/" + probe + path) : null;
	}

	private String probeId() {
		java.util.regex.Matcher probe = java.util.regex.Pattern.compile("/calls/([0-9a-f-]{36})/")
			.matcher((this.request.url() != null) ? this.request.url().toString() : "");
		return probe.find() ? probe.group(1) : null;
	}

	private void post(URI url, String json) {
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(url)
				.timeout(Duration.ofSeconds(15))
				.header("Content-Type", "application/json")
				.header("Authorization", "Basic " + java.util.Base64.getEncoder()
					.encodeToString((this.settings.consultantUsername() + ":" + this.settings.consultantPassword())
						.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				log.info("Call {}: the consultant's {} was answered {}: {}", sid(), url.getPath(),
						response.statusCode(), response.body());
			}
		}
		catch (java.io.IOException ex) {
			log.warn("Call {}: {} could not be reached: {}", sid(), url, ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void childCallback(URI url, Set<String> events, String event, String callStatus, TwimlVerb verb) {
		if (url == null || !events.contains(event)) {
			return;
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("AccountSid", this.request.accountSid());
		parameters.put("ApiVersion", "2010-04-01");
		parameters.put("CallSid", this.childSid);
		parameters.put("ParentCallSid", sid());
		parameters.put("CallStatus", callStatus);
		parameters.put("Direction", "outbound-dial");
		parameters.put("From", verb.attribute("callerId", this.request.from()));
		parameters.put("To", this.dialledTo);
		parameters.put("SequenceNumber", String.valueOf(this.childSequence.getAndIncrement()));
		parameters.put("Timestamp", RFC_1123.format(this.clock.instant()));
		parameters.put("CallbackSource", "call-progress-events");
		if ("completed".equals(event) && this.childConnectedAt != null) {
			parameters.put("CallDuration", String.valueOf((int) Math
				.ceil(Duration.between(this.childConnectedAt, this.clock.instant()).toMillis() / 1000.0)));
		}
		post(url, parameters, UUIDs.next());
	}

	private static URI uri(String value) {
		return (value != null && !value.isBlank()) ? URI.create(value) : null;
	}

	private boolean overTime() {
		return this.request.timeLimitSeconds() > 0 && Duration.between(this.connectedAt, this.clock.instant())
			.toSeconds() >= this.request.timeLimitSeconds();
	}

	private List<TwimlVerb> fetch(URI url) {
		Map<String, String> parameters = callParameters("in-progress");
		HttpResponse<String> response = post(url, parameters, null);
		if (response == null || response.statusCode() != 200) {
			throw new IllegalStateException("fetching TwiML from " + url + " answered "
					+ ((response != null) ? response.statusCode() : "nothing"));
		}
		return TwimlVerb.parse(response.body());
	}

	private void startStream(TwimlVerb verb) {
		if (this.stream != null) {
			return;
		}
		URI url = URI.create(verb.attribute("url", ""));
		this.streamTrack = "outbound_track".equals(verb.attribute("track", "inbound_track")) ? "outbound" : "inbound";
		String streamSid = "MZ" + UUIDs.hex32();
		try {
			this.stream = this.http.newWebSocketBuilder()
				.header("X-Twilio-Signature", TwilioSignature.of(this.settings.authToken(), url.toString(), Map.of()))
				.buildAsync(url, new WebSocket.Listener() {
					@Override
					public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
						socket.request(1);
						return null;
					}
				})
				.get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			log.warn("Call {}: the media stream to {} could not be opened: {}", sid(), url, ex.toString());
			return;
		}
		send(Map.of("event", "connected", "protocol", "Call", "version", "1.0.0"));
		Map<String, Object> start = new LinkedHashMap<>();
		start.put("streamSid", streamSid);
		start.put("accountSid", this.request.accountSid());
		start.put("callSid", sid());
		start.put("tracks", List.of(this.streamTrack));
		start.put("customParameters", verb.parameters());
		start.put("mediaFormat", Map.of("encoding", "audio/x-mulaw", "sampleRate", 8000, "channels", 1));
		this.streamStartedAt = this.clock.instant();
		send(Map.of("event", "start", "sequenceNumber", "1", "start", start, "streamSid", streamSid));
		AtomicInteger chunk = new AtomicInteger();
		this.pump = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "emulated-stream-" + sid());
			thread.setDaemon(true);
			return thread;
		});
		long period = Math.max(1, Math.round(20 / this.settings.streamSpeed()));
		this.pump.scheduleAtFixedRate(() -> {
			int n = chunk.incrementAndGet();
			OrganisationLine heard = this.consultantCall ? this.bridged : this.line;
			byte[] audio = (heard != null) ? heard.next() : silence();
			Double agent = (heard != null && heard.liveAgentAt() != null)
					? (this.consultantCall ? this.bridgeOffset : 0) + heard.liveAgentAt() : null;
			if (agent != null && this.agentSentAt == null && n * 0.02 >= agent) {
				this.agentSentAt = this.clock.instant().minusMillis(Math.round((n * 0.02 - agent) * 1000));
			}
			this.streamSeconds = n * 0.02;
			Map<String, Object> media = Map.of("track", this.streamTrack, "chunk", String.valueOf(n), "timestamp",
					String.valueOf((n - 1) * 20L), "payload", Base64.getEncoder().encodeToString(audio));
			send(Map.of("event", "media", "sequenceNumber", String.valueOf(n + 1), "media", media, "streamSid",
					streamSid));
			if (heard != null && heard.hungUp()) {
				synchronized (this) {
					notifyAll();
				}
			}
		}, 0, period, TimeUnit.MILLISECONDS);
		this.streamSid = streamSid;
	}

	private String streamSid;

	private volatile double streamSeconds;

	private static byte[] silence() {
		byte[] frame = new byte[OrganisationLine.FRAME_BYTES];
		java.util.Arrays.fill(frame, (byte) 0xFF);
		return frame;
	}

	/** One message at a time on the stream, without holding the call's own lock. */
	private final Object sending = new Object();

	private volatile Instant streamStartedAt;

	private volatile Instant agentSentAt;

	private void send(Map<String, ?> message) {
		synchronized (this.sending) {
			sendNow(message);
		}
	}

	private void sendNow(Map<String, ?> message) {
		if (this.stream == null || this.stream.isOutputClosed()) {
			return;
		}
		try {
			// one message at a time, each sent whole before the next (a busy receiver
			// slows
			// the stream down; the timestamps still say where each message belongs)
			this.stream.sendText(JSON.writeValueAsString(message), true).join();
		}
		catch (RuntimeException ex) {
			log.warn("Call {}: the media stream failed ({}); no more audio is sent", sid(), ex.toString());
			this.stream.abort();
		}
	}

	private void finish(String end) {
		if (this.pump != null) {
			this.pump.shutdownNow();
			try {
				this.pump.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (this.stream != null) {
			send(Map.of("event", "stop", "sequenceNumber", "0", "streamSid", this.streamSid, "stop",
					Map.of("accountSid", this.request.accountSid(), "callSid", sid())));
			this.stream.sendClose(WebSocket.NORMAL_CLOSURE, "call ended");
		}
		synchronized (this) {
			this.status = end;
			this.endedAt = this.clock.instant();
		}
		callback("completed", end);
		if (this.consultantCall) {
			review();
			OrganisationLine heard = this.bridged;
			PhoneBehaviour dialled = this.dialledBehaviour;
			if (heard != null && heard.liveAgentAt() != null && dialled != null && dialled.callbackSeconds() != null) {
				this.dialler.callBack(this.dialledTo, dialled, this.request.from(), this.request.url());
			}
			this.truth.accept(new PhoneTruth(sid(), this.dialledOrganisation, this.dialledTo, this.childRingingAt,
					this.childConnectedAt, this.streamStartedAt,
					(heard != null && heard.liveAgentAt() != null) ? this.bridgeOffset + heard.liveAgentAt() : null,
					this.agentSentAt, null, this.childEndedAt, (this.childStatus != null) ? this.childStatus : end));
			return;
		}
		if (!this.request.inbound() && this.line != null && this.line.liveAgentAt() != null
				&& this.behaviour.callbackSeconds() != null) {
			this.dialler.callBack(this.request.to(), this.behaviour, this.request.from(), this.request.url());
		}
		this.truth.accept(new PhoneTruth(sid(), this.organisation, this.request.to(), this.ringingAt, this.connectedAt,
				this.streamStartedAt, (this.line != null) ? this.line.liveAgentAt() : null, this.agentSentAt,
				this.questionHeardAt, this.endedAt, end));
	}

	/**
	 * Waits, in the call's time, unless the call is updated or hung up meanwhile.
	 * @return whether it was cut short (hang-up, update, or the organisation hung up)
	 */
	private synchronized boolean pause(double seconds) {
		long until = System.nanoTime() + (long) (seconds * 1e9 / this.settings.streamSpeed());
		while (true) {
			if (this.hangUpRequested || this.pendingTwiml != null || (this.line != null && this.line.hungUp())) {
				return true;
			}
			long left = until - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			try {
				wait(Math.max(1, left / 1_000_000));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return true;
			}
		}
	}

	private void callback(String event, String callStatus) {
		if (this.request.statusCallback() == null || !this.request.statusEvents().contains(event)) {
			return;
		}
		Map<String, String> parameters = callParameters(callStatus);
		parameters.put("SequenceNumber", String.valueOf(this.sequence.getAndIncrement()));
		parameters.put("Timestamp", RFC_1123.format(this.clock.instant()));
		parameters.put("CallbackSource", "call-progress-events");
		Integer duration = duration();
		if ("completed".equals(event) && duration != null) {
			parameters.put("CallDuration", String.valueOf(duration));
		}
		String token = UUIDs.next();
		post(this.request.statusCallback(), parameters, token);
		if (this.settings.repeatCallbacks()) {
			post(this.request.statusCallback(), parameters, token);
		}
	}

	private Map<String, String> callParameters(String callStatus) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("AccountSid", this.request.accountSid());
		parameters.put("ApiVersion", "2010-04-01");
		parameters.put("CallSid", sid());
		parameters.put("CallStatus", callStatus);
		parameters.put("Direction", this.request.inbound() ? "inbound" : "outbound-api");
		parameters.put("From", this.request.from());
		parameters.put("To", this.request.to());
		return parameters;
	}

	private HttpResponse<String> post(URI url, Map<String, String> parameters, String idempotencyToken) {
		String body = parameters.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(url)
			.timeout(Duration.ofSeconds(15))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Twilio-Signature", TwilioSignature.of(this.settings.authToken(), url.toString(), parameters))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (idempotencyToken != null) {
			request.header("I-Twilio-Idempotency-Token", idempotencyToken);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			log.warn("Call {}: {} could not be reached: {}", sid(), url, ex.toString());
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/**
	 * What the REST request to place the call asked for.
	 *
	 * @param sid the SID given to the call
	 * @param accountSid the account
	 * @param to the number called
	 * @param from our caller ID
	 * @param url where to fetch the TwiML
	 * @param twiml the TwiML given inline instead
	 * @param statusCallback where to report progress
	 * @param statusEvents which progress to report
	 * @param amdCallback where to report answering-machine detection
	 * @param timeoutSeconds how long to let it ring
	 * @param timeLimitSeconds the longest the call may last
	 */
	record CallRequest(String sid, String accountSid, String to, String from, URI url, String twiml, URI statusCallback,
			Set<String> statusEvents, URI amdCallback, int timeoutSeconds, int timeLimitSeconds, boolean inbound) {
	}

	/**
	 * Random identifiers.
	 */
	static final class UUIDs {

		private UUIDs() {
		}

		static String next() {
			return java.util.UUID.randomUUID().toString();
		}

		static String hex32() {
			return java.util.UUID.randomUUID().toString().replace("-", "");
		}

	}

}
