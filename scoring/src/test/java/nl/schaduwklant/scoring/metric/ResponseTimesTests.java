package nl.schaduwklant.scoring.metric;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nl.schaduwklant.probes.Observation;
import nl.schaduwklant.scheduler.OpeningHours;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseTimesTests {

	private final ResponseTimes times = new ResponseTimes(new BusinessTime(ClosedDays.none()));

	private final Instant sent = Instant.parse("2026-11-23T09:00:00Z");

	@Test
	void shouldMeasureFromContactToFirstHumanReplyAndAcknowledgement() {
		var observation = new Observation(this.sent, "PROBE_CLOCK", this.sent.plusSeconds(3),
				this.sent.plusSeconds(3600), "IMAP", "text", "", null, List.of(), null);
		assertThat(this.times.toFirstHumanReply(observation)).isEqualTo(Duration.ofHours(1));
		assertThat(this.times.toAutoAcknowledgement(observation)).isEqualTo(Duration.ofSeconds(3));
		assertThat(this.times.businessTimeToFirstHumanReply(observation, OpeningHours.officeHours()))
			.isEqualTo(Duration.ofHours(1));
	}

	@Test
	void shouldLeaveMetricsOfEventsThatDidNotHappenAbsent() {
		var observation = new Observation(this.sent, "PROBE_CLOCK", null, null, null, null, null, null, List.of(),
				null);
		assertThat(this.times.toFirstHumanReply(observation)).isNull();
		assertThat(this.times.toAutoAcknowledgement(observation)).isNull();
		assertThat(this.times.businessTimeToFirstHumanReply(observation, OpeningHours.officeHours())).isNull();
	}

	@Test
	void shouldNeverGiveANegativeDuration() {
		var observation = new Observation(this.sent, "PROBE_CLOCK", null, this.sent.minusMillis(300), "IMAP", "t", "",
				null, List.of(), null);
		assertThat(this.times.toFirstHumanReply(observation)).isZero();
	}

}
