package nl.schaduwklant.sandbox.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.schaduwklant.sandbox.ChatBehaviour;
import nl.schaduwklant.sandbox.ChatGroundTruth;
import nl.schaduwklant.sandbox.Contact;
import nl.schaduwklant.sandbox.ContactKind;
import nl.schaduwklant.sandbox.Contacts;
import nl.schaduwklant.sandbox.Placement;
import nl.schaduwklant.sandbox.Presence;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.sandbox.SandboxSites;
import nl.schaduwklant.sandbox.SimulatedOrganisation;
import nl.schaduwklant.sandbox.mail.OrganisationResponder;
import nl.schaduwklant.scheduler.OpeningHours;
import nl.schaduwklant.scheduler.WidgetKind;
import nl.schaduwklant.scheduler.WidgetSelectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;

/**
 * The simulated organisations' websites on a local port (a free one unless given): chat
 * pages imitating each widget kind, contact forms, and the ground-truth endpoint the
 * pages report to.
 */
public class SandboxWebServer implements SandboxSites, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SandboxWebServer.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final WidgetSelectors GENERIC = new WidgetSelectors("button.sk-launcher", null, null,
			"input.chat-name", "input.chat-email", null, "button.chat-start", "textarea.chat-input", "button.chat-send",
			"div.chat-message", ".chat-text", ".from-agent", ".from-bot", ".from-system", ".from-visitor",
			".chat-author", ".chat-offline", ".chat-ended", ".chat-typing");

	private static final Pattern TOKEN = Pattern.compile("SK-[0-9A-Z]{5}");

	private static final String WIDGET_SCRIPT = resource("widget.js");

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "sandbox-web");
		thread.setDaemon(true);
		return thread;
	});

	private final Set<HttpExchange> neverAnswered = ConcurrentHashMap.newKeySet();

	private final ChatConversations conversations;

	private final ChatGroundTruth truth;

	private final Contacts contacts;

	private final OrganisationResponder responder;

	private final Clock clock;

	/**
	 * Starts the server on 127.0.0.1.
	 * @param truth where the chats' ground truth is kept
	 * @param contacts where every question asked and form submitted is recorded
	 * @param responder answers the contact forms by e-mail
	 * @param seed the seed of the chats' behaviour
	 * @param clock the clock
	 * @param port the port, 0 for a free one
	 */
	public SandboxWebServer(ChatGroundTruth truth, Contacts contacts, OrganisationResponder responder, long seed,
			Clock clock, int port) {
		this.truth = truth;
		this.contacts = contacts;
		this.responder = responder;
		this.clock = clock;
		this.conversations = new ChatConversations(truth, seed);
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the sandbox web server cannot start", ex);
		}
		this.server.setExecutor(this.threads);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	@Override
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * @param placement where the generic widget lives
	 * @return its selectors
	 */
	public static WidgetSelectors generic(Placement placement) {
		WidgetSelectors place = new WidgetSelectors(null, (placement == Placement.IFRAME) ? "iframe#chat-frame" : null,
				(placement == Placement.SHADOW) ? "#chat-host" : null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null);
		return place.orElse(GENERIC);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String method = exchange.getRequestMethod();
		try {
			if (path.equals("/static/widget.js")) {
				respond(exchange, 200, "text/javascript", WIDGET_SCRIPT);
			}
			else if (path.equals("/truth") && method.equals("POST")) {
				truth(exchange);
			}
			else if (path.equals("/never-loads")) {
				this.neverAnswered.add(exchange);
			}
			else if (path.startsWith("/chat/hanging") || path.startsWith("/chat/slow")) {
				special(exchange, path, method);
			}
			else if (path.startsWith("/chat/")) {
				chat(exchange, path, method);
			}
			else if (path.startsWith("/form/")) {
				form(exchange, path, method);
			}
			else {
				respond(exchange, 404, "text/plain", "niet gevonden");
			}
		}
		catch (RuntimeException ex) {
			log.warn("Sandbox web request {} {} failed", method, path, ex);
			respond(exchange, 500, "text/plain", "fout");
		}
	}

	private void chat(HttpExchange exchange, String path, String method) throws IOException {
		String[] parts = path.split("/");
		Optional<SimulatedOrganisation> organisation = SandboxCatalogue.organisation(parts[2])
			.filter((found) -> found.chat() != null);
		if (organisation.isEmpty()) {
			respond(exchange, 404, "text/plain", "geen chat");
			return;
		}
		ChatBehaviour behaviour = organisation.get().chat();
		if (parts.length > 3 && parts[3].equals("conversation") && method.equals("POST")) {
			String question = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			this.contacts.record(new Contact(ContactKind.CHAT, token(question), organisation.get().key(),
					this.clock.instant(), null));
			respond(exchange, 200, "application/json", JSON.writeValueAsString(
					Map.of("events", this.conversations.script(organisation.get(), behaviour, question))));
			return;
		}
		Presence presence = presence(behaviour);
		this.truth.served(organisation.get().key(), presence);
		respond(exchange, 200, "text/html; charset=utf-8",
				ChatPages.page(organisation.get().key(), organisation.get().name(), behaviour, presence));
	}

	private void special(HttpExchange exchange, String path, String method) throws IOException {
		if (method.equals("POST")) {
			respond(exchange, 200, "application/json", JSON.writeValueAsString(Map.of("events",
					path.startsWith("/chat/hanging") ? ChatConversations.hanging() : ChatConversations.slow())));
			return;
		}
		String key = path.substring("/chat/".length());
		ChatBehaviour behaviour = new ChatBehaviour(WidgetKind.GENERIC, Placement.PAGE, Presence.ONLINE, false, null,
				null, null, "Traag", 20_000, null, 0, null, false);
		respond(exchange, 200, "text/html; charset=utf-8",
				ChatPages.page(key, "Testorganisatie", behaviour, Presence.ONLINE));
	}

	private Presence presence(ChatBehaviour behaviour) {
		if (behaviour.presence() != Presence.OFFLINE_OUTSIDE_HOURS) {
			return behaviour.presence();
		}
		boolean open = OpeningHours.officeHours().isOpenAt(this.clock.instant());
		return open ? Presence.ONLINE : Presence.OFFLINE;
	}

	private void truth(HttpExchange exchange) throws IOException {
		Map<?, ?> report = JSON.readValue(exchange.getRequestBody().readAllBytes(), Map.class);
		// the page says when it showed something, by this machine's clock (epoch
		// milliseconds with a fraction); when it does not, the moment we heard of it
		Instant at = (report.get("at") instanceof Number millis)
				? Instant.EPOCH.plusNanos(Math.round(millis.doubleValue() * 1_000_000)) : this.clock.instant();
		Object token = report.get("token");
		if (token != null) {
			this.truth.shown((String) report.get("org"), (String) token, (String) report.get("kind"), at);
		}
		respond(exchange, 204, "text/plain", "");
	}

	private void form(HttpExchange exchange, String path, String method) throws IOException {
		Optional<SimulatedOrganisation> organisation = SandboxCatalogue.organisation(path.substring("/form/".length()))
			.filter((found) -> found.form() != null);
		if (organisation.isEmpty()) {
			respond(exchange, 404, "text/plain", "geen formulier");
			return;
		}
		if (method.equals("GET")) {
			respond(exchange, 200, "text/html; charset=utf-8",
					ContactFormPages.form(organisation.get(), organisation.get().form().captcha()));
			return;
		}
		Instant receivedAt = this.clock.instant();
		Map<String, String> fields = fields(
				new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		if (!"ja".equals(fields.get("akkoord"))) {
			respond(exchange, 200, "text/html; charset=utf-8", ContactFormPages.refused(organisation.get()));
			return;
		}
		this.contacts.record(new Contact(ContactKind.CONTACT_FORM,
				token(fields.getOrDefault("onderwerp", "") + " " + fields.getOrDefault("vraag", "")),
				organisation.get().key(), receivedAt, null));
		this.responder.formReceived(organisation.get(), question(organisation.get(), fields), receivedAt);
		respond(exchange, 200, "text/html; charset=utf-8", ContactFormPages.confirmed(organisation.get()));
	}

	private MimeMessage question(SimulatedOrganisation organisation, Map<String, String> fields) {
		try {
			MimeMessage message = new MimeMessage(this.responder.session());
			message.setFrom(new InternetAddress(fields.getOrDefault("email", ""), fields.getOrDefault("naam", ""),
					StandardCharsets.UTF_8.name()));
			message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(organisation.address()));
			message.setSubject(fields.getOrDefault("onderwerp", ""), StandardCharsets.UTF_8.name());
			message.setText(fields.getOrDefault("vraag", ""), StandardCharsets.UTF_8.name());
			message.setSentDate(java.util.Date.from(this.clock.instant()));
			message.saveChanges();
			return message;
		}
		catch (MessagingException | java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException("the form could not be turned into a message", ex);
		}
	}

	private static String token(String text) {
		Matcher token = TOKEN.matcher(text);
		return token.find() ? token.group() : null;
	}

	private static Map<String, String> fields(String body) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return fields;
	}

	private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.getResponseHeaders().add("Cache-Control", "no-store");
		exchange.sendResponseHeaders(status, (status == 204) ? -1 : bytes.length);
		if (status != 204) {
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}

	private static String resource(String name) {
		try (InputStream in = SandboxWebServer.class.getResourceAsStream("/sandbox/web/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void destroy() {
		this.neverAnswered.forEach(HttpExchange::close);
		this.server.stop(0);
		this.threads.shutdownNow();
	}

}
