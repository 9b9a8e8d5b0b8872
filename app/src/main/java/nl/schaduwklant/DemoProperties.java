package nl.schaduwklant;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo campaign the main job runs against the sandbox.
 *
 * @param run whether to run it at start-up
 * @param exitWhenDone whether the application exits when the demo is done
 * @param replyDeadline how long the simulated organisations get to answer
 * @param timeout how long the demo may take before it gives up
 * @param locale the language of the summary and the CSV files
 */
@ConfigurationProperties("schaduwklant.demo")
record DemoProperties(boolean run, boolean exitWhenDone, Duration replyDeadline, Duration timeout, Locale locale) {

	DemoProperties {
		replyDeadline = (replyDeadline != null) ? replyDeadline : Duration.ofSeconds(40);
		timeout = (timeout != null) ? timeout : Duration.ofMinutes(5);
		locale = (locale != null) ? locale : Locale.forLanguageTag("nl-NL");
	}

}
