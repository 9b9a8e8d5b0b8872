package nl.schaduwklant.probes.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
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
 * it, or we give up. Every instant comes from the page's recorder, converted to our clock
 * with the best measurement of the page's clock once the chat is over. Every browser
 * command is a step whose start is known, so a watchdog can tell a hung browser.
 */
class ChatSession {

	/**
	 * Collects the recorded events, reading the page's clock when it starts and when it
	 * ends, so every collection is also a measurement of the page's clock.
	 */
	private static final String DRAIN = "var done = arguments[arguments.length - 1]; var start = performance.now();"
			+ " setTimeout(function () { var events = window.__sk ? window.__sk.drain() : null;"
			+ " done([start, performance.now(), performance.timeOrigin, events]); }, arguments[0]);";

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

	private ChatClock pageClock;

	private BooleanSupplier stopping = () -> false;

	ChatSession(Browser browser, BrowserSteps steps, ChatProbeProperties properties,
			BrowserProperties browserProperties, Clock clock) {
		this.browser = browser;
		this.steps = steps;
		this.properties = properties;
		this.browserProperties = browserProperties;
		this.clock = clock;
	}

	/**
	 * @param stopping whether the node is stopping: the chat is then ended at once,
	 * keeping what was observed
	 * @return this session
	 */
	ChatSession stoppingWhen(BooleanSupplier stopping) {
		this.stopping = stopping;
		return this;
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
			ChatRecording held = hold(request, question, driver, page);
			measureAgain(page);
			held.convert(this.pageClock.best(), this.pageClock.describe());
			return held;
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

	private ChatRecording hold(ChatRequest request, IrreversibleStep question, WebDriver driver,
			JavascriptExecutor page) {
		String script = ChatScripts.installation(request.selectors(), request.profile(), request.botNames());
		boolean early = step("installing the recorder", () -> installBeforeLoad(driver, script));
		load(driver, request.pageUrl());
		if (!early) {
			step("installing the recorder", () -> page.executeScript(script));
		}
		this.pageClock = new ChatClock(step("measuring the page clock", () -> PageClock.measure(page, this.clock)));
		Number loaded = step("reading the load time", () -> (Number) page
			.executeScript("var n = performance.getEntriesByType('navigation')[0]; return n ? n.loadEventEnd : null;"));
		this.recording.pageLoadedPageTime = (loaded != null) ? loaded.doubleValue() : null;
		if (!detectWidget(page, request)) {
			return finish(driver);
		}
		step("opening the chat", () -> page.executeScript("return window.__sk.open();"));
		if (!await(page, "isOpen", this.browserProperties.stepTimeout(), Boolean.TRUE::equals)) {
			return unavailable(driver, Availability.MISSING, "the chat did not open");
		}
		screenshot(driver, "opened");
		// a submitted pre-chat form may already put the visitor in an agent's queue
		question
			.mark("submitting the pre-chat form (if any) and sending the question in the chat on " + request.pageUrl());
		step("filling in the pre-chat form",
				() -> page.executeScript("return window.__sk.preChat(arguments[0]);", request.preChat()));
		if (!await(page, "canSend", this.browserProperties.stepTimeout(), Boolean.TRUE::equals)) {
			return unavailable(driver, Availability.MISSING, "the chat offered no message input");
		}
		Number sent = step("sending the question",
				() -> (Number) page.executeScript("return window.__sk.send(arguments[0]);", request.question()));
		if (sent == null) {
			return unavailable(driver, Availability.MISSING, "the chat offered no message input");
		}
		this.recording.sentPageTime = sent.doubleValue();
		follow(driver, page, request.maxWait());
		return finish(driver);
	}

	/**
	 * Measures the page's clock once more now that the chat is over. The chat's instants
	 * do not depend on it: when the browser no longer answers, the measurements so far
	 * convert them.
	 */
	private void measureAgain(JavascriptExecutor page) {
		try {
			this.pageClock
				.measuredAtEnd(step("measuring the page clock again", () -> PageClock.measure(page, this.clock)));
		}
		catch (WebDriverException ex) {
			// recorded as "not measured at the end"
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
					"the page " + url + " did not load within " + this.browserProperties.pageLoadTimeout(),
					questionMaybeSent(), this.recording, ex);
		}
	}

	private boolean detectWidget(JavascriptExecutor page, ChatRequest request) {
		Object status = awaitValue(page, "status", this.properties.widgetTimeout(),
				(value) -> value != null && !"unknown".equals(value));
		drain(page, 0);
		if ("available".equals(status)) {
			this.recording.availability = Availability.AVAILABLE;
			availabilitySeen("available");
			return true;
		}
		WebDriver driver = this.browser.driver();
		if ("offline".equals(status)) {
			unavailable(driver, Availability.OFFLINE,
					request.outsideHours() ? "outside opening hours" : "offline message");
			availabilitySeen("offline");
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

	private void availabilitySeen(String type) {
		this.recording.events.stream()
			.filter((event) -> event.is(type))
			.findFirst()
			.ifPresentOrElse((event) -> this.recording.availabilityPageTime = event.pageTime(),
					() -> this.recording.availabilityAt = this.clock.instant());
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
					|| now.isAfter(giveUpAt) || this.stopping.getAsBoolean()) {
				break;
			}
		}
		if (this.recording.events.stream().noneMatch((event) -> event.is("ended"))) {
			step("ending the chat", () -> page.executeScript("window.__sk.close();"));
			drain(page, 0);
		}
		if (leaveAt == null && this.stopping.getAsBoolean()) {
			screenshot(driver, "end");
			throw new ChatFailure("the node stopped during the chat, before a human answered", questionMaybeSent(),
					this.recording, null);
		}
	}

	private ChatRecording finish(WebDriver driver) {
		screenshot(driver, "end");
		return this.recording;
	}

	private void drain(JavascriptExecutor page, long waitMillis) {
		Instant before = this.clock.instant();
		List<?> collected = step("collecting events", () -> (List<?>) page.executeAsyncScript(DRAIN, waitMillis));
		Instant after = this.clock.instant();
		this.pageClock.measured(PageClock.between(before, number(collected.get(2)), number(collected.get(0)),
				number(collected.get(1)), after));
		if (collected.get(3) instanceof List<?> events) {
			events
				.forEach((raw) -> this.recording.events.add(RecordedEvent.of((Map<?, ?>) raw, this.pageClock.best())));
		}
	}

	private static double number(Object value) {
		return ((Number) value).doubleValue();
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
		else if (ex instanceof ScriptTimeoutException || ex instanceof TimeoutException) {
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
