package nl.schaduwklant.probes.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

import nl.schaduwklant.probes.Author;
import nl.schaduwklant.probes.Availability;
import nl.schaduwklant.probes.IrreversibleStep;
import nl.schaduwklant.probes.browser.Browser;
import nl.schaduwklant.probes.browser.BrowserProperties;
import nl.schaduwklant.probes.browser.BrowserSteps;
import nl.schaduwklant.probes.browser.PageClock;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.ScriptTimeoutException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Holds one chat in one browser, step by step: load the page, see whether the widget is
 * there and online, open it, fill in the pre-chat form, ask the question, and follow the
 * conversation until a human has answered (and a little longer), the organisation ends
 * it, or we give up. Every instant comes from the page's recorder, converted once to our
 * clock. Every browser command is a step whose start is known, so a watchdog can tell a
 * hung browser.
 */
class ChatSession {

	private static final String DRAIN = "var done = arguments[arguments.length - 1];"
			+ " setTimeout(function () { done(window.__sk ? window.__sk.drain() : null); }, arguments[0]);";

	private static final String AWAIT = "var name = arguments[0]; var done = arguments[arguments.length - 1];"
			+ " setTimeout(function () { try { done(window.__sk ? window.__sk[name]() : null); }"
			+ " catch (e) { done(null); } }, 100);";

	private final Browser browser;

	private final ChatProbeProperties properties;

	private final BrowserProperties browserProperties;

	private final Clock clock;

	private final ChatRecording recording = new ChatRecording();

	private final BrowserSteps steps;

	private IrreversibleStep question;

	private PageClock pageClock;

	ChatSession(Browser browser, BrowserSteps steps, ChatProbeProperties properties,
			BrowserProperties browserProperties, Clock clock) {
		this.browser = browser;
		this.steps = steps;
		this.properties = properties;
		this.browserProperties = browserProperties;
		this.clock = clock;
	}

	/**
	 * @param request the chat to hold
	 * @param question marked right before the question is sent
	 * @return what was recorded
	 * @throws ChatFailure when the chat failed because of us, saying whether the question
	 * may have been sent
	 */
	ChatRecording run(ChatRequest request, IrreversibleStep question) {
		this.question = question;
		WebDriver driver = this.browser.driver();
		JavascriptExecutor page = (JavascriptExecutor) driver;
		try {
			String script = ChatScripts.installation(request.selectors(), request.profile(), request.botNames());
			boolean early = step("installing the recorder", () -> installBeforeLoad(driver, script));
			load(driver, request.pageUrl());
			if (!early) {
				step("installing the recorder", () -> page.executeScript(script));
			}
			this.pageClock = step("measuring the page clock", () -> PageClock.measure(page, this.clock));
			this.recording.clockDescription = this.pageClock.describe();
			Number loaded = step("reading the load time", () -> (Number) page.executeScript(
					"var n = performance.getEntriesByType('navigation')[0]; return n ? n.loadEventEnd : null;"));
			this.recording.pageLoadedAt = (loaded != null) ? this.pageClock.instant(loaded.doubleValue()) : null;
			if (!detectWidget(page, request)) {
				return finish(driver);
			}
			step("opening the chat", () -> page.executeScript("return window.__sk.open();"));
			if (!await(page, "isOpen", this.browserProperties.stepTimeout(), Boolean.TRUE::equals)) {
				return unavailable(driver, Availability.MISSING, "the chat did not open");
			}
			screenshot(driver, "opened");
			step("filling in the pre-chat form",
					() -> page.executeScript("return window.__sk.preChat(arguments[0]);", request.preChat()));
			if (!await(page, "canSend", this.browserProperties.stepTimeout(), Boolean.TRUE::equals)) {
				return unavailable(driver, Availability.MISSING, "the chat offered no message input");
			}
			question.mark("sending the question in the chat on " + request.pageUrl());
			Number sent = step("sending the question",
					() -> (Number) page.executeScript("return window.__sk.send(arguments[0]);", request.question()));
			if (sent == null) {
				return unavailable(driver, Availability.MISSING, "the chat offered no message input");
			}
			this.recording.sentAt = this.pageClock.instant(sent.doubleValue());
			follow(driver, page, request.maxWait());
			return finish(driver);
		}
		catch (ChatFailure | IrreversibleStep.IrreversibleStepNotRecorded ex) {
			throw ex;
		}
		catch (WebDriverException ex) {
			throw failure(ex);
		}
		catch (RuntimeException ex) {
			throw new ChatFailure("the chat probe failed unexpectedly while " + this.steps.current() + ": " + ex,
					questionMaybeSent(), this.recording, ex);
		}
	}

	private void load(WebDriver driver, String url) {
		try {
			step("loading the page", () -> {
				driver.get(url);
				return null;
			});
		}
		catch (TimeoutException ex) {
			this.recording.pageHtml = pageHtml(driver);
			throw new ChatFailure(
					"the page " + url + " did not load within " + this.browserProperties.pageLoadTimeout(), false,
					this.recording, ex);
		}
	}

	private boolean detectWidget(JavascriptExecutor page, ChatRequest request) {
		Object status = awaitValue(page, "status", this.properties.widgetTimeout(),
				(value) -> value != null && !"unknown".equals(value));
		drain(page, 0);
		if ("available".equals(status)) {
			this.recording.availability = Availability.AVAILABLE;
			this.recording.availabilityAt = eventAt("available");
			return true;
		}
		WebDriver driver = this.browser.driver();
		if ("offline".equals(status)) {
			unavailable(driver, Availability.OFFLINE,
					request.outsideHours() ? "outside opening hours" : "offline message");
			this.recording.availabilityAt = eventAt("offline");
			return false;
		}
		unavailable(driver, Availability.MISSING,
				"no chat widget appeared within " + this.properties.widgetTimeout().toSeconds() + " s");
		return false;
	}

	private ChatRecording unavailable(WebDriver driver, Availability availability, String reason) {
		this.recording.availability = availability;
		this.recording.availabilityReason = reason;
		this.recording.availabilityAt = this.clock.instant();
		this.recording.pageHtml = pageHtml(driver);
		return this.recording;
	}

	private Instant eventAt(String type) {
		return this.recording.events.stream()
			.filter((event) -> event.is(type))
			.map(RecordedEvent::at)
			.findFirst()
			.orElse(this.clock.instant());
	}

	private void follow(WebDriver driver, JavascriptExecutor page, Duration maxWait) {
		Instant giveUpAt = this.clock.instant().plus(maxWait);
		Instant leaveAt = null;
		while (true) {
			drain(page, this.properties.pollInterval().toMillis());
			List<RecordedEvent> after = this.recording.afterQuestion();
			if (leaveAt == null && after.stream().anyMatch((event) -> event.isMessageFrom(Author.AGENT))) {
				screenshot(driver, "first-human-reply");
				leaveAt = this.clock.instant().plus(this.properties.linger());
			}
			Instant now = this.clock.instant();
			if (after.stream().anyMatch((event) -> event.is("ended")) || (leaveAt != null && now.isAfter(leaveAt))
					|| now.isAfter(giveUpAt)) {
				break;
			}
		}
		if (this.recording.events.stream().noneMatch((event) -> event.is("ended"))) {
			step("ending the chat", () -> page.executeScript("window.__sk.close();"));
			drain(page, 0);
		}
	}

	private ChatRecording finish(WebDriver driver) {
		screenshot(driver, "end");
		return this.recording;
	}

	private void drain(JavascriptExecutor page, long waitMillis) {
		List<?> events = step("collecting events", () -> (List<?>) page.executeAsyncScript(DRAIN, waitMillis));
		if (events != null) {
			events.forEach((raw) -> this.recording.events.add(RecordedEvent.of((Map<?, ?>) raw, this.pageClock)));
		}
	}

	private boolean await(JavascriptExecutor page, String function, Duration timeout, Predicate<Object> done) {
		return awaitValue(page, function, timeout, done) != null;
	}

	private Object awaitValue(JavascriptExecutor page, String function, Duration timeout, Predicate<Object> done) {
		Instant until = this.clock.instant().plus(timeout);
		do {
			Object value = step("waiting for " + function, () -> page.executeAsyncScript(AWAIT, function));
			if (done.test(value)) {
				return value;
			}
		}
		while (this.clock.instant().isBefore(until));
		return null;
	}

	private void screenshot(WebDriver driver, String label) {
		byte[] png = step("taking a screenshot", () -> ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		this.recording.screenshots.add(new ChatRecording.Screenshot(label, png, this.clock.instant()));
	}

	private byte[] pageHtml(WebDriver driver) {
		try {
			String html = step("reading the page", driver::getPageSource);
			return Objects.requireNonNullElse(html, "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (WebDriverException ex) {
			return null;
		}
	}

	private boolean installBeforeLoad(WebDriver driver, String script) {
		if (driver instanceof HasCdp cdp) {
			cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
			return true;
		}
		return false;
	}

	private <T> T step(String name, Supplier<T> command) {
		return this.steps.step(name, command);
	}

	private ChatFailure failure(WebDriverException ex) {
		String reason;
		if (this.steps.wasKilled()) {
			reason = "the browser stopped responding while " + this.steps.current() + " and was killed";
		}
		else if (ex instanceof ScriptTimeoutException) {
			reason = "the page stopped responding while " + this.steps.current();
		}
		else {
			reason = "the browser crashed while " + this.steps.current() + ": " + firstLine(ex.getMessage());
		}
		return new ChatFailure(reason, questionMaybeSent(), this.recording, ex);
	}

	private boolean questionMaybeSent() {
		return this.question != null && this.question.marked();
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "no message";
		}
		int end = message.indexOf('\n');
		return (end > 0) ? message.substring(0, end) : message;
	}

}
