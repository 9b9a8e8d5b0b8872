package nl.schaduwklant.scoring.language;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import nl.schaduwklant.scoring.LanguageFindings;
import nl.schaduwklant.scoring.LanguageFindings.Outcome;
import nl.schaduwklant.scoring.LanguageIssue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Real LanguageTool (nl-NL), the JVM's shared instances: a check that runs over its time
 * limit and a check that finds no free instance.
 */
class LanguageCheckerTimeLimitTests {

	private static final String TEXT = "Wij heeft uw vraag ontvangen. Het antwoort staat op onze websiete.";

	private static final LanguageChecker checker = new LanguageChecker(LanguageProperties.of("nl-NL", 1));

	@BeforeAll
	static void warmUp() {
		checker.warmUp();
	}

	@Test
	void shouldReportACheckStoppedAtItsTimeLimitAsTimedOutAndKeepTheInstanceUsable() {
		LanguageChecker slow = new LanguageChecker(LanguageProperties.of("nl-NL", 1), new HourPerReading(),
				JLanguageTool::check);
		LanguageFindings findings = slow.check(TEXT, List.of());
		assertThat(findings.outcome()).isEqualTo(Outcome.TIMED_OUT);
		assertThat(findings.judged()).isFalse();
		assertThat(findings.errors()).isNull();
		assertThat(findings.errorsPer100Words()).isNull();
		assertThat(findings.byCategory()).isEmpty();
		assertThat(findings.words()).isEqualTo(11);
		assertThat(checker.check(TEXT, List.of()).issues()).extracting(LanguageIssue::text)
			.contains("Wij heeft", "antwoort", "websiete");
	}

	@Test
	void shouldGiveUpOnACheckThatDoesNotStopAndReplaceItsInstance() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		LanguageProperties properties = withTimes(Duration.ofMillis(200), Duration.ofSeconds(30));
		LanguageChecker stuck = new LanguageChecker(properties, Clock.systemUTC(), (tool, text) -> {
			release.await(2, TimeUnit.MINUTES);
			return tool.check(text);
		});
		ToolPool pool = checker.pool();
		int ready = pool.ready();
		int created = pool.created();
		try {
			LanguageFindings findings = assertTimeoutPreemptively(Duration.ofSeconds(60),
					() -> stuck.check(TEXT, List.of()));
			assertThat(findings.outcome()).isEqualTo(Outcome.TIMED_OUT);
			assertThat(findings.errorsPer100Words()).isNull();
		}
		finally {
			release.countDown();
		}
		assertThat(pool.awaitReady(ready, Duration.ofMinutes(2))).isTrue();
		assertThat(pool.created()).isEqualTo(created + 1);
		assertThat(checker.check(TEXT, List.of()).issues()).isNotEmpty();
	}

	@Test
	void shouldRaiseBusyWhenNoInstanceIsFreeWithinTheBorrowTimeout() throws InterruptedException {
		LanguageChecker impatient = new LanguageChecker(withTimes(Duration.ofSeconds(10), Duration.ofMillis(100)));
		ToolPool pool = impatient.pool();
		assertThat(pool.awaitReady(pool.capacity(), Duration.ofMinutes(2))).isTrue();
		List<JLanguageTool> lent = new ArrayList<>();
		try {
			for (int i = pool.capacity(); i > 0; i--) {
				lent.add(pool.borrow(Duration.ofSeconds(30)));
			}
			assertThatExceptionOfType(LanguageCheckerBusy.class).isThrownBy(
					() -> assertTimeoutPreemptively(Duration.ofSeconds(60), () -> impatient.check(TEXT, List.of())));
		}
		finally {
			lent.forEach(pool::giveBack);
		}
		assertThat(impatient.check(TEXT, List.of()).outcome()).isEqualTo(Outcome.COMPLETE);
	}

	@Test
	void shouldRefuseChecksOnceClosed() {
		LanguageChecker closing = new LanguageChecker(LanguageProperties.of("nl-NL", 1));
		closing.close();
		assertThatExceptionOfType(LanguageCheckerBusy.class).isThrownBy(() -> closing.check(TEXT, List.of()));
	}

	private static LanguageProperties withTimes(Duration timeLimit, Duration borrowTimeout) {
		LanguageProperties defaults = LanguageProperties.of("nl-NL", 1);
		return new LanguageProperties(defaults.language(), defaults.instances(), false, List.of(),
				defaults.maxCharacters(), defaults.maxTokenLength(), defaults.maxSentenceLength(), timeLimit,
				borrowTimeout, defaults.warmUpTimeout());
	}

	/**
	 * A clock an hour later at every reading: any deadline has passed when it is next
	 * asked.
	 */
	private static final class HourPerReading extends Clock {

		private final AtomicLong readings = new AtomicLong();

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
			return Instant.EPOCH.plus(Duration.ofHours(this.readings.incrementAndGet()));
		}

	}

}
