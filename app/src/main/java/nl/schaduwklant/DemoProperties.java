package nl.schaduwklant;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.schaduwklant.scheduler.Channel;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo campaign the main job runs against the sandbox.
 *
 * @param run whether to run it at start-up
 * @param exitWhenDone whether the application exits when the demo is done
 * @param replyDeadline how long the simulated organisations get to answer
 * @param timeout how long the demo may wait for its probes to settle before it gives up
 * and summarises what was measured so far
 * @param locale the language of the progress line, the summary and the CSV files
 * @param organisationsPerSector how many of each sector's organisations the campaign
 * probes (those reachable on the most channels first); 0 for all of them
 * @param scenarios the keys of the sandbox questions the campaign asks; empty for all of
 * them
 * @param channels the channels the campaign uses
 * @param pollInterval how often the demo looks at the campaign's progress
 * @param progressInterval at most how often a new progress line is printed when the
 * output is not a terminal
 * @param debug whether a failure's stack trace is printed to standard error (it is always
 * in the log)
 */
@ConfigurationProperties("schaduwklant.demo")
record DemoProperties(boolean run, boolean exitWhenDone, Duration replyDeadline, Duration timeout, Locale locale,
		int organisationsPerSector, List<String> scenarios, Set<Channel> channels, Duration pollInterval,
		Duration progressInterval, boolean debug) {

	DemoProperties {
		replyDeadline = (replyDeadline != null) ? replyDeadline : Duration.ofSeconds(40);
		timeout = (timeout != null) ? timeout : Duration.ofMinutes(5);
		locale = (locale != null) ? locale : Locale.forLanguageTag("nl-NL");
		scenarios = (scenarios != null) ? List.copyOf(scenarios) : List.of();
		channels = (channels != null && !channels.isEmpty()) ? Set.copyOf(channels)
				: Set.copyOf(EnumSet.of(Channel.EMAIL, Channel.CHAT, Channel.CONTACT_FORM, Channel.PHONE));
		pollInterval = (pollInterval != null) ? pollInterval : Duration.ofSeconds(1);
		progressInterval = (progressInterval != null) ? progressInterval : Duration.ofSeconds(5);
	}

	/**
	 * @return the settings of a demo that is not run (its campaign's building blocks are
	 * used elsewhere)
	 */
	static DemoProperties defaults() {
		return new DemoProperties(false, false, null, null, null, 0, null, null, null, null, false);
	}

}
