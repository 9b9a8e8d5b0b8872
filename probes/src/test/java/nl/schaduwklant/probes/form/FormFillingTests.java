package nl.schaduwklant.probes.form;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.schaduwklant.probes.RecordingStep;
import nl.schaduwklant.probes.browser.Browser;
import nl.schaduwklant.probes.browser.BrowserProperties;
import nl.schaduwklant.probes.browser.BrowserSteps;
import nl.schaduwklant.scheduler.ContactFormEndpoint;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

/**
 * Whether a failing browser may have submitted the form is decided by the irreversible
 * step alone, never by which browser command failed.
 */
class FormFillingTests {

	private static final ContactFormEndpoint FORM = new ContactFormEndpoint("http://127.0.0.1:1/form",
			Map.of("input[name=naam]", "Marieke"), "button[type=submit]", ".bevestiging");

	private final WebDriver driver = mock(WebDriver.class,
			withSettings().extraInterfaces(JavascriptExecutor.class, TakesScreenshot.class));

	private final RecordingStep submit = new RecordingStep();

	@Test
	void shouldTakeABrowserTimingOutAfterTheSubmitForAFormThatMayHaveArrived() {
		page();
		given(((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES))
			.willThrow(new TimeoutException("screenshot timed out"));

		assertThatExceptionOfType(FormFilling.FormProblem.class).isThrownBy(this::fill)
			.satisfies((problem) -> assertThat(problem.kind()).isEqualTo(FormFilling.FormProblem.Kind.MAYBE_SUBMITTED));
		assertThat(this.submit.marks()).containsExactly("submitting the form on " + FORM.pageUrl());
	}

	@Test
	void shouldTakeABrowserFailingWhileReadingThePageAfterTheSubmitForAFormThatMayHaveArrived() {
		page();
		given(((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES)).willReturn(new byte[] { 1 });
		given(this.driver.getPageSource()).willThrow(new WebDriverException("the browser went away"));

		assertThatExceptionOfType(FormFilling.FormProblem.class).isThrownBy(this::fill)
			.satisfies((problem) -> assertThat(problem.kind()).isEqualTo(FormFilling.FormProblem.Kind.MAYBE_SUBMITTED));
	}

	@Test
	void shouldRetryAFormWhosePageFailedBeforeTheSubmit() {
		given(((JavascriptExecutor) this.driver).executeScript(eq(FormFilling.CAPTCHA)))
			.willThrow(new WebDriverException("the browser crashed"));

		assertThatExceptionOfType(FormFilling.FormProblem.class).isThrownBy(this::fill)
			.satisfies((problem) -> assertThat(problem.kind()).isEqualTo(FormFilling.FormProblem.Kind.BROWSER));
		assertThat(this.submit.marked()).isFalse();
	}

	/**
	 * A form that fills in and submits, but never confirms.
	 */
	private void page() {
		JavascriptExecutor page = (JavascriptExecutor) this.driver;
		given(page.executeScript(eq(FormFilling.CAPTCHA))).willReturn(null);
		given(page.executeScript(eq(FormFilling.FILL), any(), any())).willReturn(Boolean.TRUE);
		given(page.executeScript(eq("return [performance.timeOrigin, performance.now()];")))
			.willReturn(List.of(1.7e12, 10.0));
		given(page.executeScript(eq(FormFilling.HAS_SUBMIT), anyString())).willReturn(Boolean.TRUE);
		given(page.executeScript(eq(FormFilling.SUBMIT), anyString())).willReturn(12.5);
		given(page.executeAsyncScript(anyString(), any(), any())).willReturn(null);
	}

	private FormSubmission fill() {
		var properties = new BrowserProperties(null, null, null, 1, true, Duration.ofSeconds(5), Duration.ofSeconds(5),
				null, 0, null);
		return new FormFilling(new Browser(this.driver, null, null), new BrowserSteps(Clock.systemUTC()),
				Clock.systemUTC(), properties, Duration.ZERO)
			.submit(FORM, Map.of("input[name=naam]", "Marieke"), this.submit);
	}

}
