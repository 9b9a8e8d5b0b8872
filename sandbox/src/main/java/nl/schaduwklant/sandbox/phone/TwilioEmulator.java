package nl.schaduwklant.sandbox.phone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import nl.schaduwklant.sandbox.Contact;
import nl.schaduwklant.sandbox.ContactKind;
import nl.schaduwklant.sandbox.Contacts;
import nl.schaduwklant.sandbox.PhoneBehaviour;
import nl.schaduwklant.sandbox.PhoneGroundTruth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Twilio stand-in for the sandbox: it answers the Twilio SDK's REST requests (place,
 * update, fetch and list calls, with the account's credentials) on 127.0.0.1, and places
 * each call to a simulated organisation's number as Twilio would (see
 * {@link EmulatedCall}). A call to a number it does not know cannot be connected. Every
 * call placed is recorded as a contact before it is answered.
 */
public class TwilioEmulator implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(TwilioEmulator.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CALLS = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Calls(?:/([^/.]+))?\\.json");

	private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

	private static final DateTimeFormatter RFC_2822 = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US)
		.withZone(ZoneOffset.UTC);

	private static final Pattern PROBE_IN_URL = Pattern.compile("/calls/([0-9a-f-]{36})/");

	/**
	 * An organisation's line.
	 *
	 * @param organisation its key
	 * @param behaviour how it behaves
	 */
	public record Line(String organisation, PhoneBehaviour behaviour) {
	}

	/** The sandbox's consultant picks up after a second and is silent: they listen. */
	private static final PhoneBehaviour CONSULTANT_PICKS_UP = new PhoneBehaviour(PhoneBehaviour.Line.ANSWERS, 1, null,
			null, null, 0, null, null, null, 0, null);

	private final EmulatorSettings settings;

	private final Function<String, Optional<Line>> lines;

	private final Contacts contacts;

	private final PhoneGroundTruth truth;

	private final Clock clock;

	private final HttpServer server;

	private final ExecutorService requests = Executors.newFixedThreadPool(4, daemon("twilio-emulator-http"));

	private final ExecutorService callThreads = Executors.newCachedThreadPool(daemon("twilio-emulator-call"));

	/** When organisations call back: each after its own delay. */
	private final java.util.concurrent.ScheduledExecutorService callbackTimer = Executors
		.newSingleThreadScheduledExecutor(daemon("twilio-emulator-callbacks"));

	private final ExecutorService clientThreads = Executors.newCachedThreadPool(daemon("twilio-emulator-client"));

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.executor(this.clientThreads)
		.build();

	private final Map<String, EmulatedCall> calls = new ConcurrentHashMap<>();

	/**
	 * @param settings the account and the emulator's behaviour
	 * @param lines the organisations' lines, by number
	 * @param contacts where every call placed is recorded
	 * @param truth where every call's ground truth is kept
	 * @param clock the clock
	 * @param port the port to listen on (0: a free one)
	 */
	public TwilioEmulator(EmulatorSettings settings, Function<String, Optional<Line>> lines, Contacts contacts,
			PhoneGroundTruth truth, Clock clock, int port) {
		this.settings = settings;
		this.lines = lines;
		this.contacts = contacts;
		this.truth = truth;
		this.clock = clock;
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the Twilio emulator cannot listen on port " + port, ex);
		}
		this.server.createContext("/2010-04-01/", this::handle);
		this.server.setExecutor(this.requests);
		this.server.start();
	}

	/**
	 * @return where the SDK's requests go instead of {@code api.twilio.com}
	 */
	public URI baseUri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	public EmulatorSettings settings() {
		return this.settings;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			Matcher path = CALLS.matcher(exchange.getRequestURI().getPath());
			if (!path.matches() || !path.group(1).equals(this.settings.accountSid())) {
				respond(exchange, 404, error(20404, "The requested resource was not found"));
				return;
			}
			if (!authorised(exchange)) {
				respond(exchange, 401, error(20003, "Authenticate"));
				return;
			}
			String sid = path.group(2);
			String method = exchange.getRequestMethod();
			if (sid == null && "POST".equals(method)) {
				create(exchange);
			}
			else if (sid == null && "GET".equals(method)) {
				list(exchange);
			}
			else {
				EmulatedCall call = (sid != null) ? this.calls.get(sid) : null;
				if (call == null) {
					respond(exchange, 404, error(20404, "The requested resource " + sid + " was not found"));
				}
				else if ("POST".equals(method)) {
					Map<String, List<String>> form = form(exchange);
					if (form.containsKey("Twiml")) {
						call.update(form.get("Twiml").get(0));
					}
					if (form.containsKey("Status")) {
						call.hangUp();
					}
					respond(exchange, 200, resource(call));
				}
				else {
					respond(exchange, 200, resource(call));
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("The Twilio emulator failed on {}", exchange.getRequestURI(), ex);
		}
	}

	private void create(HttpExchange exchange) throws IOException {
		Map<String, List<String>> form = form(exchange);
		String to = first(form, "To");
		if (to == null || !E164.matcher(to).matches()) {
			respond(exchange, 400, error(21211, "Invalid 'To' Phone Number: " + to));
			return;
		}
		String sid = "CA" + EmulatedCall.UUIDs.hex32();
		String url = first(form, "Url");
		var request = new EmulatedCall.CallRequest(sid, this.settings.accountSid(), to, first(form, "From"),
				(url != null) ? URI.create(url) : null, first(form, "Twiml"), uri(first(form, "StatusCallback")),
				new LinkedHashSet<>(form.getOrDefault("StatusCallbackEvent", List.of("completed"))),
				uri(first(form, "AsyncAmdStatusCallback")), integer(first(form, "Timeout"), 60),
				integer(first(form, "TimeLimit"), 14400), false);
		boolean consultant = to.equals(this.settings.consultantNumber());
		Optional<Line> line = consultant ? Optional.of(new Line("consultant", CONSULTANT_PICKS_UP))
				: this.lines.apply(to);
		PhoneBehaviour behaviour = line.map(Line::behaviour)
			.orElse(new PhoneBehaviour(PhoneBehaviour.Line.NOT_CONNECTED, 0, null, null, null, 0, null, null, null, 0,
					null));
		String organisation = line.map(Line::organisation).orElse("unknown");
		Matcher probe = PROBE_IN_URL.matcher((url != null) ? url : "");
		String probeId = probe.find() ? probe.group(1) : sid;
		if (!consultant) {
			// a consultant's call reaches an organisation only when it is bridged
			this.contacts.record(new Contact(ContactKind.CALL, probeId, organisation, this.clock.instant(), sid));
		}
		EmulatedCall call = new EmulatedCall(request, this.settings, behaviour, organisation, this.http, this.clock,
				this.truth::record, new EmulatedCall.Dialler() {
					@Override
					public Optional<Line> line(String number) {
						return TwilioEmulator.this.lines.apply(number);
					}

					@Override
					public void dialled(String probe, String organisationKey, String legSid) {
						TwilioEmulator.this.contacts
							.record(new Contact(ContactKind.CALL, (probe != null) ? probe : legSid, organisationKey,
									TwilioEmulator.this.clock.instant(), legSid));
					}

					@Override
					public void callBack(String from, PhoneBehaviour organisationLine, String ours, URI webhooks) {
						TwilioEmulator.this.callBack(from, organisationLine, ours, webhooks);
					}
				});
		this.calls.put(sid, call);
		respond(exchange, 201, resource(call));
		this.callThreads.execute(call);
	}

	/**
	 * An organisation keeps its promise to call back: after its delay it calls our
	 * number, whose voice webhook is the node's {@code /api/phone/inbound}.
	 */
	private void callBack(String from, PhoneBehaviour behaviour, String ours, URI webhooks) {
		if (webhooks == null) {
			return;
		}
		long delayMillis = Math.round(behaviour.callbackSeconds() * 1000 / this.settings.streamSpeed());
		Optional<Line> line = this.lines.apply(from);
		String organisation = line.map(Line::organisation).orElse("unknown");
		this.callbackTimer.schedule(() -> this.callThreads.execute(() -> {
			String sid = "CA" + EmulatedCall.UUIDs.hex32();
			var request = new EmulatedCall.CallRequest(sid, this.settings.accountSid(), ours, from,
					webhooks.resolve("/api/phone/inbound"), null, null, java.util.Set.of(), null, 60, 600, true);
			EmulatedCall call = new EmulatedCall(request, this.settings, behaviour.callingBack(), organisation,
					this.http, this.clock, this.truth::record, new EmulatedCall.Dialler() {
						@Override
						public Optional<Line> line(String number) {
							return Optional.empty();
						}

						@Override
						public void dialled(String probe, String key, String legSid) {
						}

						@Override
						public void callBack(String number, PhoneBehaviour again, String to, URI base) {
						}
					});
			this.calls.put(sid, call);
			call.run();
		}), delayMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
	}

	private void list(HttpExchange exchange) throws IOException {
		Map<String, List<String>> query = parse(exchange.getRequestURI().getRawQuery());
		String to = first(query, "To");
		String from = first(query, "From");
		List<Map<String, Object>> found = new ArrayList<>();
		for (EmulatedCall call : this.calls.values()) {
			if ((to == null || to.equals(call.request().to()))
					&& (from == null || from.equals(call.request().from()))) {
				found.add(resource(call));
			}
		}
		String uri = exchange.getRequestURI().toString();
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("calls", found);
		page.put("first_page_uri", uri);
		page.put("next_page_uri", null);
		page.put("previous_page_uri", null);
		page.put("page", 0);
		page.put("page_size", Math.max(found.size(), 20));
		page.put("start", 0);
		page.put("end", Math.max(0, found.size() - 1));
		page.put("uri", uri);
		respond(exchange, 200, page);
	}

	private Map<String, Object> resource(EmulatedCall call) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("sid", call.sid());
		json.put("account_sid", this.settings.accountSid());
		json.put("to", call.request().to());
		json.put("from", call.request().from());
		json.put("status", call.status());
		json.put("direction", "outbound-api");
		json.put("api_version", "2010-04-01");
		json.put("date_created", RFC_2822.format(call.createdAt()));
		json.put("date_updated", RFC_2822.format(this.clock.instant()));
		json.put("start_time", RFC_2822.format(call.createdAt()));
		Integer duration = call.duration();
		json.put("duration", (duration != null) ? String.valueOf(duration) : null);
		json.put("uri", "/2010-04-01/Accounts/" + this.settings.accountSid() + "/Calls/" + call.sid() + ".json");
		return json;
	}

	private boolean authorised(HttpExchange exchange) {
		String header = exchange.getRequestHeaders().getFirst("Authorization");
		String expected = "Basic " + Base64.getEncoder()
			.encodeToString(
					(this.settings.accountSid() + ":" + this.settings.authToken()).getBytes(StandardCharsets.UTF_8));
		return expected.equals(header);
	}

	private static Map<String, Object> error(int code, String message) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", code);
		json.put("message", message);
		json.put("more_info", "https://www.twilio.com/docs/errors/" + code);
		json.put("status", (code == 20003) ? 401 : (code == 20404) ? 404 : 400);
		return json;
	}

	private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = JSON.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	private static Map<String, List<String>> form(HttpExchange exchange) throws IOException {
		return parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
	}

	private static Map<String, List<String>> parse(String encoded) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (encoded == null || encoded.isBlank()) {
			return values;
		}
		for (String pair : encoded.split("&")) {
			String[] parts = pair.split("=", 2);
			String name = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
			String value = (parts.length > 1) ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
			values.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		return values;
	}

	private static String first(Map<String, List<String>> values, String name) {
		List<String> all = values.get(name);
		return (all != null && !all.isEmpty()) ? all.get(0) : null;
	}

	private static URI uri(String value) {
		return (value != null && !value.isBlank()) ? URI.create(value) : null;
	}

	private static int integer(String value, int fallback) {
		try {
			return (value != null) ? Integer.parseInt(value) : fallback;
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	private static java.util.concurrent.ThreadFactory daemon(String name) {
		return (task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	@Override
	public void close() {
		this.calls.values().forEach(EmulatedCall::hangUp);
		this.server.stop(0);
		this.requests.shutdownNow();
		this.callbackTimer.shutdownNow();
		this.callThreads.shutdownNow();
		this.clientThreads.shutdownNow();
	}

}
