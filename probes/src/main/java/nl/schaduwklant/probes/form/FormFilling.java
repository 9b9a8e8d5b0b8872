package nl.schaduwklant.probes.form;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import nl.schaduwklant.probes.IrreversibleStep;
import nl.schaduwklant.probes.browser.Browser;
import nl.schaduwklant.probes.browser.BrowserProperties;
import nl.schaduwklant.probes.browser.BrowserSteps;
import nl.schaduwklant.probes.browser.PageClock;
import nl.schaduwklant.scheduler.ContactFormEndpoint;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * Fills in and submits one contact form in a browser, step by step. A CAPTCHA is detected
 * and reported, never solved.
 */
class FormFilling {

	static final String CAPTCHA = """
			var found = document.querySelector('.g-recaptcha, iframe[src*="recaptcha"], .h-captcha,'
			  + ' iframe[src*="hcaptcha"], .cf-turnstile, iframe[src*="turnstile"], [data-sitekey], .frc-captcha');
			if (!found) { return null; }
			var text = (found.className || '') + ' ' + (found.getAttribute('src') || '');
			return /hcaptcha|h-captcha/.test(text) ? 'hCaptcha' : /turnstile/.test(text) ? 'Cloudflare Turnstile'
			  : /frc-captcha/.test(text) ? 'Friendly Captcha' : 'reCAPTCHA';
			""";

	static final String FILL = """
			var field = document.querySelector(arguments[0]);
			var value = arguments[1];
			if (!field) { return false; }
			if (value === '{check}') { if (!field.checked) { field.click(); } return true; }
			if (field.tagName === 'SELECT') {
			  var option = Array.from(field.options).find(function (o) { return o.text.trim() === value || o.value === value; });
			  if (!option) { return false; }
			  field.value = option.value;
			} else {
			  var prototype = field.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
			  Object.getOwnPropertyDescriptor(prototype, 'value').set.call(field, value);
			}
			field.dispatchEvent(new Event('input', { bubbles: true }));
			field.dispatchEvent(new Event('change', { bubbles: true }));
			return true;
			""";

	private static final String SUBMITTING = "submitting the form";

	static final String HAS_SUBMIT = "return document.querySelector(arguments[0]) !== null;";

	private static final String AWAITING_CONFIRMATION = "waiting for the confirmation";

	static final String SUBMIT = """
			var button = document.querySelector(arguments[0]);
			if (!button) { return null; }
			var at = performance.now();
			setTimeout(function () { button.click(); }, 0);
			return at;
			""";

	private final Browser browser;

	private final BrowserSteps steps;

	private final Clock clock;

	private final BrowserProperties browserProperties;

	private final Duration confirmationTimeout;

	FormFilling(Browser browser, BrowserSteps steps, Clock clock, BrowserProperties browserProperties,
			Duration confirmationTimeout) {
		this.browser = browser;
		this.steps = steps;
		this.clock = clock;
		this.browserProperties = browserProperties;
		this.confirmationTimeout = confirmationTimeout;
	}

	/**
	 * @param form the organisation's form
	 * @param values the value for each field's selector
	 * @return what happened when the form was submitted, or why it was not
	 * @throws FormProblem when the form or the browser failed us, saying whether the form
	 * may have been submitted
	 */
	FormSubmission submit(ContactFormEndpoint form, Map<String, String> values, IrreversibleStep submit) {
		try {
			return fill(form, values, submit);
		}
		catch (IrreversibleStep.IrreversibleStepNotRecorded ex) {
			throw ex;
		}
		catch (TimeoutException ex) {
			if (submit.marked()) {
				throw new FormProblem(
						"the browser timed out while " + this.steps.current() + "; the form may have been submitted",
						FormProblem.Kind.MAYBE_SUBMITTED, ex);
			}
			throw new FormProblem("the form page " + form.pageUrl() + " did not load within "
					+ this.browserProperties.pageLoadTimeout(), FormProblem.Kind.BROWSER, ex);
		}
		catch (WebDriverException ex) {
			String reason = this.steps.wasKilled() ? "the browser stopped responding while " + this.steps.current()
					: "the browser failed while " + this.steps.current() + ": " + ex.getClass().getSimpleName();
			boolean maybeSubmitted = submit.marked();
			throw new FormProblem(maybeSubmitted ? reason + "; the form may have been submitted" : reason,
					maybeSubmitted ? FormProblem.Kind.MAYBE_SUBMITTED : FormProblem.Kind.BROWSER, ex);
		}
	}

	private FormSubmission fill(ContactFormEndpoint form, Map<String, String> values, IrreversibleStep submit) {
		WebDriver driver = this.browser.driver();
		JavascriptExecutor page = (JavascriptExecutor) driver;
		this.steps.step("loading the form", () -> {
			driver.get(form.pageUrl());
			return null;
		});
		String captcha = this.steps.step("looking for a CAPTCHA", () -> (String) page.executeScript(CAPTCHA));
		if (captcha != null) {
			return new FormSubmission(null, null, captcha, false, null, screenshot(driver), html(driver));
		}
		for (Map.Entry<String, String> field : values.entrySet()) {
			Boolean filled = this.steps.step("filling in " + field.getKey(),
					() -> (Boolean) page.executeScript(FILL, field.getKey(), field.getValue()));
			if (!Boolean.TRUE.equals(filled)) {
				throw new FormProblem("the form has no field " + field.getKey() + " to fill in",
						FormProblem.Kind.MISCONFIGURED, null);
			}
		}
		PageClock clock = this.steps.step("measuring the page clock", () -> PageClock.measure(page, this.clock));
		if (!this.steps.step("finding the submit button",
				() -> Boolean.TRUE.equals(page.executeScript(HAS_SUBMIT, form.submit())))) {
			throw new FormProblem("the form has no submit button " + form.submit(), FormProblem.Kind.MISCONFIGURED,
					null);
		}
		submit.mark("submitting the form on " + form.pageUrl());
		Number submitted = this.steps.step(SUBMITTING, () -> (Number) page.executeScript(SUBMIT, form.submit()));
		if (submitted == null) {
			throw new FormProblem("the form has no submit button " + form.submit(), FormProblem.Kind.MISCONFIGURED,
					null);
		}
		Instant submittedAt = clock.instant(submitted.doubleValue());
		String startUrl = form.pageUrl();
		String confirmation = awaitConfirmation(driver, page, form, startUrl);
		if (confirmation == null) {
			return new FormSubmission(submittedAt, clock.describe(), null, false, null, screenshot(driver),
					html(driver));
		}
		return new FormSubmission(submittedAt, clock.describe(), null, true, confirmation, evidence(this::screenshot),
				evidence(this::html));
	}

	/**
	 * Evidence of a confirmed submission: a browser that fails while taking it leaves the
	 * submission confirmed, only without that piece of evidence.
	 */
	private byte[] evidence(java.util.function.Function<WebDriver, byte[]> capture) {
		try {
			return capture.apply(this.browser.driver());
		}
		catch (WebDriverException ex) {
			return null;
		}
	}

	private String awaitConfirmation(WebDriver driver, JavascriptExecutor page, ContactFormEndpoint form,
			String startUrl) {
		Instant until = this.clock.instant().plus(this.confirmationTimeout);
		String script = "var selector = arguments[0]; var start = arguments[1];"
				+ " var done = arguments[arguments.length - 1]; setTimeout(function () {"
				+ " var found = selector ? document.querySelector(selector) : null;"
				+ " done(found ? found.textContent.trim() : (!selector && location.href !== start"
				+ " && document.readyState === 'complete' ? document.title : null)); }, 200);";
		do {
			String text = this.steps.step(AWAITING_CONFIRMATION,
					() -> (String) page.executeAsyncScript(script, form.confirmation(), startUrl));
			if (text != null) {
				return text.isBlank() ? "(confirmed)" : text;
			}
		}
		while (this.clock.instant().isBefore(until));
		return null;
	}

	private byte[] screenshot(WebDriver driver) {
		return this.steps.step("taking a screenshot",
				() -> ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

	private byte[] html(WebDriver driver) {
		return this.steps.step("reading the page", () -> driver.getPageSource()).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The form could not be submitted as configured: our problem, never the
	 * organisation's.
	 */
	static class FormProblem extends RuntimeException {

		/** What kind of problem, which decides what becomes of the probe. */
		enum Kind {

			/** The form is not as configured: trying again will not help. */
			MISCONFIGURED,

			/** The page or the browser failed before the form was submitted. */
			BROWSER,

			/** The browser failed while or after submitting: it may have arrived. */
			MAYBE_SUBMITTED

		}

		private final Kind kind;

		FormProblem(String message, Kind kind, Throwable cause) {
			super(message, cause);
			this.kind = kind;
		}

		Kind kind() {
			return this.kind;
		}

	}

}
