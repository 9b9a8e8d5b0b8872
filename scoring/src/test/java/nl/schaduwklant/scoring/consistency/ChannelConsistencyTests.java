package nl.schaduwklant.scoring.consistency;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.scheduler.AnswerFact;
import nl.schaduwklant.scheduler.AnswerKey;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.resolution.Resolution;
import nl.schaduwklant.scoring.resolution.ResolutionScorer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers to one question on several channels: a contradiction recognised from the answer
 * key's known-wrong answers, agreement as far as the channels give the same facts.
 */
class ChannelConsistencyTests {

	private static final AnswerKey KEY = new AnswerKey(
			List.of(new AnswerFact("opzegtermijn", List.of("30 dagen", "dertig dagen"), null, List.of("60 dagen")),
					new AnswerFact("schriftelijk", List.of("schriftelijk"), null, List.of("telefonisch opzeggen"))));

	private static final UUID SCENARIO = UUID.randomUUID();

	private static final UUID BANK = UUID.randomUUID();

	private final ResolutionScorer scorer = new ResolutionScorer();

	@Test
	void shouldRecognizeAKnownWrongAnswer() {
		Resolution wrong = this.scorer.score("U kunt telefonisch opzeggen, met een termijn van 60 dagen.", KEY);
		assertThat(wrong.found()).isEmpty();
		assertThat(wrong.contradicted()).containsExactly("opzegtermijn", "schriftelijk");
		assertThat(this.scorer.score("Opzeggen kan schriftelijk, met 30 dagen opzegtermijn.", KEY).contradicted())
			.isEmpty();
	}

	@Test
	void shouldScoreAContradictionBetweenChannelsZero() {
		Measurement email = answer(Channel.EMAIL, "Opzeggen kan schriftelijk, met 30 dagen opzegtermijn.", 40);
		Measurement chat = answer(Channel.CHAT, "Dat kan, de opzegtermijn is 60 dagen.", 2);
		Measurement phone = answer(Channel.CONTACT_FORM, "U kunt schriftelijk opzeggen.", 20);
		OrganisationConsistency bank = new ChannelConsistency().organisations(List.of(email, chat, phone)).get(0);
		ScenarioConsistency question = bank.scenarios().get(0);
		assertThat(question.pairs()).hasSize(3);
		PairComparison emailChat = pair(question, Channel.EMAIL, Channel.CHAT);
		assertThat(emailChat.contradictions()).containsExactly("opzegtermijn");
		assertThat(emailChat.score()).isZero();
		PairComparison emailForm = pair(question, Channel.EMAIL, Channel.CONTACT_FORM);
		assertThat(emailForm.contradictions()).isEmpty();
		assertThat(emailForm.similarity()).as("one of the two facts in common").isEqualTo(0.5);
		PairComparison chatForm = pair(question, Channel.CHAT, Channel.CONTACT_FORM);
		assertThat(chatForm.similarity()).as("no fact in common").isZero();
		assertThat(chatForm.contradictions()).as("the chat answers wrongly, the form does not")
			.containsExactly("opzegtermijn");
		assertThat(question.score()).isEqualTo((0 + 0.5 + 0) / 3);
		assertThat(bank.score()).isEqualTo(question.score());
		assertThat(bank.medianTimeToReply()).containsEntry(Channel.CHAT, Duration.ofSeconds(2));
		assertThat(new ChannelConsistency().sectors(List.of(bank))).singleElement().satisfies((sector) -> {
			assertThat(sector.suppressed()).as("one organisation: its mean would be its own score").isTrue();
			assertThat(sector.score()).isNull();
		});
	}

	@Test
	void shouldNotScoreAQuestionAnsweredOnOneChannel() {
		OrganisationConsistency bank = new ChannelConsistency()
			.organisations(List.of(answer(Channel.EMAIL, "30 dagen, schriftelijk", 40)))
			.get(0);
		assertThat(bank.score()).isNull();
		assertThat(bank.scenarios().get(0).pairs()).isEmpty();
	}

	private static PairComparison pair(ScenarioConsistency question, Channel first, Channel second) {
		return question.pairs()
			.stream()
			.filter((pair) -> pair.first() == first && pair.second() == second)
			.findFirst()
			.orElseThrow();
	}

	private Measurement answer(Channel channel, String text, int seconds) {
		Resolution resolution = this.scorer.score(text, KEY);
		return new Measurement(UUID.randomUUID(), UUID.randomUUID(), BANK, "Bank Zuid", "Financials", channel, SCENARIO,
				ProbeOutcome.RESPONDED, true, Duration.ofSeconds(seconds), null, null, null, null, null, null,
				resolution.score(), null, resolution.found(), resolution.missing(), Instant.now(), null,
				resolution.contradicted());
	}

}
