package nl.schaduwklant.probes.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectKeyTests {

	@Test
	void shouldReduceReplySubjectsToTheOriginal() {
		String original = SubjectKey.of("Vraag over de behandeling van mijn aanvraag");
		assertThat(SubjectKey.of("RE: Vraag over de behandeling van mijn aanvraag [SK-7Q2X9]")).isEqualTo(original);
		assertThat(SubjectKey.of("Antw: AW: Re[2]: vraag over   de behandeling van mijn aanvraag")).isEqualTo(original);
		assertThat(SubjectKey.of("[Ticket #48213] Re: Vraag over de behandeling van mijn aanvraag"))
			.isEqualTo(original);
		assertThat(SubjectKey.of("Doorst: Vraag óver de behandeling van mijn aanvraag")).isEqualTo(original);
		assertThat(SubjectKey.of("Vraag over iets anders")).isNotEqualTo(original);
		assertThat(SubjectKey.of(null)).isEmpty();
	}

}
