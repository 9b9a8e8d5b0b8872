package nl.schaduwklant.probes.chat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import nl.schaduwklant.probes.Author;
import nl.schaduwklant.probes.Availability;
import nl.schaduwklant.probes.RecordingStep;
import nl.schaduwklant.probes.browser.Browser;
import nl.schaduwklant.probes.browser.BrowserProperties;
import nl.schaduwklant.probes.browser.BrowserSteps;
import nl.schaduwklant.probes.browser.LocalChromium;
import nl.schaduwklant.scheduler.WidgetKind;
import nl.schaduwklant.scheduler.WidgetSelectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat session's recorder in real headless Chromium, on a widget in the page, in a
 * same-origin iframe and in a shadow root.
 */
class ChatSessionTests {

	private static HttpServer server;

	private static final String WIDGET = """
			<button class="launcher">Chat</button>
			<div class="window" style="display:none">
			  <ul class="log"></ul>
			  <input class="input"><button class="send">Stuur</button>
			</div>
			<script>
			  var doc = document;
			  doc.querySelector('.launcher').onclick = function () { doc.querySelector('.window').style.display = 'block'; };
			  doc.querySelector('.send').onclick = function () {
			    var log = doc.querySelector('.log');
			    function add(kind, name, text) {
			      var li = document.createElement('li');
			      li.className = 'msg ' + kind;
			      li.innerHTML = '<b class="who"></b><span class="text"></span>';
			      li.querySelector('.who').textContent = name;
			      li.querySelector('.text').textContent = text;
			      log.appendChild(li);
			      (window.top.truth = window.top.truth || []).push({ kind: kind, t: window.top.performance.now() });
			    }
			    add('visitor', 'Ik', doc.querySelector('.input').value);
			    setTimeout(function () { add('bot', 'Robin', 'Ik verbind je door.'); }, 300);
			    setTimeout(function () { add('agent', 'Sanne', '<img src=x onerror=alert(1)> Binnen vijf werkdagen.'); }, 900);
			  };
			</script>
			""";

	@BeforeAll
	static void serve() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		page("/plain", "<html><body>" + WIDGET + "</body></html>");
		page("/frame",
				"<html><body><iframe id=\"chat\" src=\"/plain\" style=\"width:400px;height:400px\"></iframe></body></html>");
		page("/shadow", "<html><body><div id=\"host\"></div><script>"
				+ "var root = document.getElementById('host').attachShadow({mode: 'open'});"
				+ "var holder = document.createElement('div'); root.appendChild(holder);" + "holder.innerHTML = "
				+ quoted(WIDGET.replaceAll("<script>[\\s\\S]*</script>", "")) + ";" + "var doc = root;"
				+ WIDGET.replaceAll("[\\s\\S]*<script>", "").replace("</script>", "").replace("var doc = document;", "")
				+ "</script></body></html>");
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop(0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "plain", "frame", "shadow" })
	void shouldTimeEveryMessageFromThePageAndTellBotFromHuman(String placement) {
		var properties = new BrowserProperties(null, null, null, 1, true, Duration.ofSeconds(20),
				Duration.ofSeconds(20), null, 0, null);
		WidgetSelectors selectors = new WidgetSelectors(".launcher", placement.equals("frame") ? "iframe#chat" : null,
				placement.equals("shadow") ? "#host" : null, null, null, null, null, ".input", ".send", "li.msg",
				".text", ".agent", ".bot", ".system", ".visitor", ".who", null, null, null);
		try (Browser browser = new LocalChromium(properties).start()) {
			var session = new ChatSession(browser, new BrowserSteps(Clock.systemUTC()),
					new ChatProbeProperties(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofMillis(500),
							null),
					properties, Clock.systemUTC());
			RecordingStep question = new RecordingStep();
			ChatRecording recording = session
				.run(new ChatRequest(url("/" + placement), selectors, WidgetProfiles.of(WidgetKind.GENERIC), List.of(),
						"Hoe lang duurt het?", Map.of(), Duration.ofSeconds(10), false), question);

			assertThat(question.marks()).as("the question is marked before it is sent")
				.containsExactly("submitting the pre-chat form (if any) and sending the question in the chat on "
						+ url("/" + placement));

			assertThat(recording.availability).isEqualTo(Availability.AVAILABLE);
			assertThat(recording.sentAt).isNotNull();
			List<RecordedEvent> replies = recording.afterQuestion()
				.stream()
				.filter((event) -> event.is("message"))
				.toList();
			assertThat(replies).extracting(RecordedEvent::author)
				.containsExactly(Author.VISITOR, Author.BOT, Author.AGENT);
			RecordedEvent agent = replies.get(2);
			assertThat(agent.name()).isEqualTo("Sanne");
			assertThat(agent.text()).isEqualTo("<img src=x onerror=alert(1)> Binnen vijf werkdagen.");
			assertThat(Duration.between(replies.get(1).at(), agent.at())).isBetween(Duration.ofMillis(550),
					Duration.ofMillis(700));
			assertThat(recording.events).anyMatch((event) -> event.is("ended") && event.by() == Author.VISITOR);
			assertThat(recording.clockDescription).as("every collection of events measured the page clock too")
				.matches("page clock converted with offset .* \\(± \\d+ µs\\), the narrowest of \\d{2,} measurements;"
						+ " at the start .*, at the end .* \\(drift [+-]\\d+\\.\\d ms\\)");
			assertThat(recording.screenshots).extracting(ChatRecording.Screenshot::label)
				.containsExactly("opened", "first-human-reply", "end");
		}
	}

	private static void page(String path, String html) {
		server.createContext(path, (exchange) -> {
			byte[] body = html.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
	}

	private static String quoted(String html) {
		return "'" + html.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
	}

	private static String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

}
