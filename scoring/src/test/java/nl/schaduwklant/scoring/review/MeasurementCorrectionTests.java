package nl.schaduwklant.scoring.review;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import nl.schaduwklant.probes.CallOutcome;
import nl.schaduwklant.probes.LiveAgentMethod;
import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.PhoneFigures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A consultant's correction of one figure: the original untouched, the figures that
 * depend on it following, values read strictly.
 */
class MeasurementCorrectionTests {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void shouldMakeAnAnsweredEmailUnansweredWithoutItsTimes() {
		Measurement answered = email(true, Duration.ofSeconds(90));
		Measurement corrected = new MeasurementCorrection("answered", "false").apply(answered);
		assertThat(corrected.answered()).isFalse();
		assertThat(corrected.outcome()).isEqualTo(ProbeOutcome.NO_RESPONSE);
		assertThat(corrected.timeToFirstHumanReply()).isNull();
		assertThat(answered.answered()).as("the original is untouched").isTrue();
		assertThat(new MeasurementCorrection("answered", "false").current(answered)).isEqualTo("true");
	}

	@Test
	void shouldSetATimeToTheMillisecondAndCountTheProbeAnswered() {
		Measurement corrected = new MeasurementCorrection("timeToFirstHumanReplySeconds", "12.5")
			.apply(email(false, null));
		assertThat(corrected.timeToFirstHumanReply()).isEqualTo(Duration.ofMillis(12_500));
		assertThat(corrected.answered()).isTrue();
		assertThat(corrected.outcome()).isEqualTo(ProbeOutcome.RESPONDED);
		assertThat(new MeasurementCorrection("timeToFirstHumanReplySeconds", "x").current(corrected)).isEqualTo("12.5");
	}

	@Test
	void shouldRefuseAValueItCannotReadOrAFigureTheChannelHasNot() {
		Measurement email = email(true, Duration.ofSeconds(5));
		assertThatThrownBy(() -> new MeasurementCorrection("timeToFirstHumanReplySeconds", "12.3456").apply(email))
			.isInstanceOfSatisfying(InvalidReviewDecision.class,
					(ex) -> assertThat(ex.getBody().getProperties()).containsEntry("field", "value"));
		assertThatThrownBy(() -> new MeasurementCorrection("timeToFirstHumanReplySeconds", "-1").apply(email))
			.isInstanceOf(InvalidReviewDecision.class);
		assertThatThrownBy(() -> new MeasurementCorrection("resolved", "yes").apply(email)).isInstanceOfSatisfying(
				InvalidReviewDecision.class,
				(ex) -> assertThat(ex.getBody().getProperties()).containsEntry("field", "value"));
		assertThatThrownBy(() -> new MeasurementCorrection("properWelcome", "true").apply(email))
			.isInstanceOfSatisfying(InvalidReviewDecision.class,
					(ex) -> assertThat(ex.getBody().getProperties()).containsEntry("field", "field"));
		assertThatThrownBy(() -> new MeasurementCorrection("mood", "true").apply(email))
			.isInstanceOf(InvalidReviewDecision.class);
	}

	@Test
	void shouldRecordAReviewOfACallThatHadNone() {
		PhoneFigures figures = new PhoneFigures(CallOutcome.REACHED, LiveAgentMethod.AUDIO, true, null, null, null,
				Duration.ofSeconds(4), Duration.ofSeconds(9), false, null, 0.9, null);
		Measurement call = new Measurement(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Bank Zuid",
				"Financials", Channel.PHONE, UUID.randomUUID(), ProbeOutcome.RESPONDED, true, Duration.ofSeconds(9),
				null, null, null, null, null, null, null, null, null, null, NOW, figures);
		Measurement welcomed = new MeasurementCorrection("properWelcome", "true").apply(call);
		assertThat(welcomed.phone().reviewed()).isTrue();
		assertThat(welcomed.phone().properWelcome()).isTrue();
		assertThat(welcomed.phone().callbackPromised()).isNull();
		Measurement later = new MeasurementCorrection("timeToLiveAgentFromRingingSeconds", "16").apply(call);
		assertThat(later.phone().timeToLiveAgentFromRinging()).isEqualTo(Duration.ofSeconds(16));
		assertThat(later.phone().timeToLiveAgentFromConnect()).isEqualTo(Duration.ofSeconds(4));
	}

	private static Measurement email(boolean answered, Duration took) {
		return new Measurement(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Bank Zuid", "Financials",
				Channel.EMAIL, UUID.randomUUID(), answered ? ProbeOutcome.RESPONDED : ProbeOutcome.NO_RESPONSE,
				answered, took, took, null, null, null, null, null, 0.5, false, null, null, NOW, null);
	}

}
