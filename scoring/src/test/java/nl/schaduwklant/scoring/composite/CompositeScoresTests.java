package nl.schaduwklant.scoring.composite;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schaduwklant.probes.CallOutcome;
import nl.schaduwklant.probes.LiveAgentMethod;
import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.LanguageCategory;
import nl.schaduwklant.scoring.LanguageFindings;
import nl.schaduwklant.scoring.LanguageIssue;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.PhoneFigures;
import nl.schaduwklant.scoring.norms.NormProfiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The composite channel score, computed by hand: the headline figures weighed, a figure a
 * channel has not left out and the other weights scaled to 100 %.
 */
class CompositeScoresTests {

	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	private static final UUID BANK = UUID.randomUUID();

	private final CompositeScores scores = new CompositeScores(ScoreWeights.DEFAULT,
			Map.of(Channel.EMAIL, NormProfiles.shipped().get("email-one-working-day").orElseThrow().clauses().get(0),
					Channel.PHONE, NormProfiles.shipped().get("nen-8878").orElseThrow().clauses().get(0)));

	@Test
	void shouldWeighTheFourFiguresOfAWrittenChannel() {
		// one e-mail answered after 2 business hours, half resolved, 2 errors in 100
		// words;
		// one never answered
		LanguageFindings twoErrors = new LanguageFindings("nl", 100, List.of(issue(), issue()), 0);
		Measurement answered = email(true, Duration.ofHours(2), 0.5, twoErrors);
		Measurement silent = email(false, null, null, null);
		ChannelScore score = this.scores.score(List.of(answered, silent), NOW).get(0);
		assertThat(score.responseRate()).isEqualTo(0.5);
		assertThat(score.withinNorm()).as("of the answered ones: within a working day").isEqualTo(1.0);
		assertThat(score.resolution()).isEqualTo(0.5);
		assertThat(score.errorsPer100Words()).isEqualTo(2.0);
		assertThat(score.languageQuality()).isCloseTo(0.6, within(1e-12));
		// (40 × 0.5 + 30 × 1 + 20 × 0.5 + 10 × 0.6) / 100: the silence counts once
		assertThat(score.score()).isCloseTo(66.0, within(1e-9));
		assertThat(score.weightsUsed()).containsEntry("responseRate", 40.0).containsEntry("languageQuality", 10.0);
	}

	@Test
	void shouldScaleTheWeightsOfTheFiguresACallHas() {
		PhoneFigures quick = new PhoneFigures(CallOutcome.REACHED, LiveAgentMethod.AUDIO, true, null, null, null,
				Duration.ofSeconds(5), Duration.ofSeconds(9), false, null, 1, null);
		PhoneFigures slow = new PhoneFigures(CallOutcome.REACHED, LiveAgentMethod.AUDIO, true, null, null, null,
				Duration.ofSeconds(25), Duration.ofSeconds(30), false, null, 1, null);
		ChannelScore score = this.scores.score(List.of(call(quick), call(slow)), NOW).get(0);
		assertThat(score.responseRate()).isEqualTo(1.0);
		assertThat(score.withinNorm()).isEqualTo(0.5);
		assertThat(score.resolution()).isNull();
		assertThat(score.languageQuality()).isNull();
		// (40 × 1 + 30 × 0.5) / 70
		assertThat(score.score()).isCloseTo(100 * 55.0 / 70, within(1e-9));
		assertThat(score.weightsUsed()).containsOnlyKeys("responseRate", "withinNorm");
		assertThat(score.weightsUsed().get("responseRate")).isCloseTo(100 * 40.0 / 70, within(1e-9));
	}

	@Test
	void shouldLeaveOutAFigureWeighedZeroAndFloorTheLanguageQuality() {
		CompositeScores onlyLanguage = new CompositeScores(new ScoreWeights(0, 0, 0, 1), Map.of());
		LanguageFindings many = new LanguageFindings("nl", 10, List.of(issue(), issue(), issue()), 0);
		ChannelScore score = onlyLanguage.score(List.of(email(true, Duration.ofHours(1), 1.0, many)), NOW).get(0);
		assertThat(score.errorsPer100Words()).isEqualTo(30.0);
		assertThat(score.languageQuality()).isZero();
		assertThat(score.score()).isZero();
		assertThat(score.weightsUsed()).containsOnlyKeys("languageQuality");
	}

	private static LanguageIssue issue() {
		return new LanguageIssue(LanguageCategory.SPELLING, "MORFOLOGIK_RULE_NL_NL", "Spelfout", 0, 4, "fout",
				List.of());
	}

	private static Measurement email(boolean answered, Duration business, Double resolution,
			LanguageFindings language) {
		return new Measurement(UUID.randomUUID(), UUID.randomUUID(), BANK, "Bank Zuid", "Financials", Channel.EMAIL,
				UUID.randomUUID(), answered ? ProbeOutcome.RESPONDED : ProbeOutcome.NO_RESPONSE, answered, business,
				business, null, null, null, null, language, resolution, null, null, null, NOW, null);
	}

	private static Measurement call(PhoneFigures phone) {
		return new Measurement(UUID.randomUUID(), UUID.randomUUID(), BANK, "Bank Zuid", "Financials", Channel.PHONE,
				UUID.randomUUID(), ProbeOutcome.RESPONDED, true, phone.timeToLiveAgentFromRinging(), null, null, null,
				null, null, null, null, null, null, null, NOW, phone);
	}

}
