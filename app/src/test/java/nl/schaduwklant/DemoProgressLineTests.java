package nl.schaduwklant;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import nl.schaduwklant.scheduler.Channel;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's progress line: its text in Dutch and English, a new line only when the
 * numbers change and at most once per interval (unless the output is a terminal, where
 * the line is rewritten in place), and the last numbers always.
 */
class DemoProgressLineTests {

	private static final Map<Channel, Integer> PLANNED = Map.of(Channel.EMAIL, 44, Channel.CHAT, 44,
			Channel.CONTACT_FORM, 8);

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	private final SteppedClock clock = new SteppedClock();

	@Test
	void shouldSayHowManyProbesAreSettledOutOfThePlannedOnesPerChannel() {
		assertThat(line(Locale.forLanguageTag("nl-NL"), false).render(progress(30, 18, 4)))
			.isEqualTo("Voortgang: 52/96 afgerond \u2014 e-mail 30/44, chat 18/44, formulier 4/8");
		assertThat(line(Locale.ENGLISH, false).render(progress(30, 18, 4)))
			.isEqualTo("Progress: 52/96 settled \u2014 e-mail 30/44, chat 18/44, form 4/8");
	}

	@Test
	void shouldPrintANewLineOnlyWhenTheNumbersChangeAndAtMostOncePerIntervalButTheLastNumbersAlways() {
		DemoProgressLine line = line(Locale.forLanguageTag("nl-NL"), false);

		line.progress(progress(0, 0, 0));
		line.progress(progress(0, 0, 0));
		this.clock.advance(Duration.ofSeconds(2));
		line.progress(progress(1, 0, 0));
		this.clock.advance(Duration.ofSeconds(2));
		line.progress(progress(2, 0, 0));
		this.clock.advance(Duration.ofSeconds(1));
		line.progress(progress(3, 1, 0));
		this.clock.advance(Duration.ofSeconds(10));
		line.progress(progress(3, 1, 0));
		line.finish(progress(44, 44, 8));

		assertThat(printed().lines()).containsExactly(
				"Voortgang: 0/96 afgerond \u2014 e-mail 0/44, chat 0/44, formulier 0/8",
				"Voortgang: 4/96 afgerond \u2014 e-mail 3/44, chat 1/44, formulier 0/8",
				"Voortgang: 96/96 afgerond \u2014 e-mail 44/44, chat 44/44, formulier 8/8");
	}

	@Test
	void shouldPrintTheNumbersHeldBackWhenTheCampaignCannotBeFollowedFurther() {
		DemoProgressLine line = line(Locale.forLanguageTag("nl-NL"), false);

		line.progress(progress(0, 0, 0));
		this.clock.advance(Duration.ofSeconds(1));
		line.progress(progress(5, 2, 1));
		line.end();

		assertThat(printed().lines()).containsExactly(
				"Voortgang: 0/96 afgerond \u2014 e-mail 0/44, chat 0/44, formulier 0/8",
				"Voortgang: 8/96 afgerond \u2014 e-mail 5/44, chat 2/44, formulier 1/8");
	}

	@Test
	void shouldRewriteTheLineInPlaceOnATerminal() {
		DemoProgressLine line = line(Locale.forLanguageTag("nl-NL"), true);

		line.progress(progress(9, 0, 0));
		line.progress(progress(10, 0, 0));
		line.finish(progress(44, 44, 8));

		assertThat(printed()).isEqualTo("\rVoortgang: 9/96 afgerond \u2014 e-mail 9/44, chat 0/44, formulier 0/8"
				+ "\rVoortgang: 10/96 afgerond \u2014 e-mail 10/44, chat 0/44, formulier 0/8"
				+ "\rVoortgang: 96/96 afgerond \u2014 e-mail 44/44, chat 44/44, formulier 8/8"
				+ System.lineSeparator());
	}

	private DemoProgressLine line(Locale locale, boolean terminal) {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/app");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new DemoProgressLine(messages, locale, new PrintStream(this.printed, true, StandardCharsets.UTF_8),
				terminal, Duration.ofSeconds(5), this.clock);
	}

	private static DemoProgress progress(int email, int chat, int form) {
		return new DemoProgress(PLANNED, Map.of(Channel.EMAIL, email, Channel.CHAT, chat, Channel.CONTACT_FORM, form));
	}

	private String printed() {
		return this.printed.toString(StandardCharsets.UTF_8);
	}

	/**
	 * A clock that moves only when told to.
	 */
	private static final class SteppedClock extends Clock {

		private Instant now = Instant.parse("2026-03-02T09:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
