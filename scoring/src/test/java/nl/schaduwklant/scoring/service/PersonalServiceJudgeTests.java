package nl.schaduwklant.scoring.service;

import nl.schaduwklant.probes.MatchBasis;
import nl.schaduwklant.scoring.PersonalService;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How personal an answer is, as a customer notices it.
 */
class PersonalServiceJudgeTests {

	private static final String CUSTOMER = "Marieke de Vries";

	@Test
	void shouldSeeAGreetingByNameAPersonsSignatureAndTheSameThread() {
		PersonalService personal = PersonalServiceJudge.judge("Beste mevrouw De Vries,\n\nUw pas is onderweg.",
				"Met vriendelijke groet,\n\nSanne Bakker\nKlantenservice Bank Zuid", MatchBasis.THREAD_HEADERS,
				CUSTOMER, "Bank Zuid", true);
		assertThat(personal).isEqualTo(new PersonalService(true, true, "Sanne Bakker", true));
	}

	@Test
	void shouldSeeAnImpersonalAnswerInANewMessage() {
		PersonalService personal = PersonalServiceJudge.judge("Beste klant,\n\nUw pas is onderweg. Mevrouw de Vries?",
				"Met vriendelijke groet,\nTeam Klantenservice\nBank Zuid", MatchBasis.TOKEN, CUSTOMER, "Bank Zuid",
				true);
		assertThat(personal).isEqualTo(new PersonalService(false, false, null, false));
	}

	@Test
	void shouldTakeAFirstNameForAGreetingByName() {
		assertThat(PersonalServiceJudge.greetsByName("Hallo Marieke, dank voor je vraag.", CUSTOMER)).isTrue();
		assertThat(PersonalServiceJudge.greetsByName("Geachte heer/mevrouw,", CUSTOMER)).isFalse();
		assertThat(PersonalServiceJudge.greetsByName("Beste mevrouw Devries-Jansen,", CUSTOMER)).isFalse();
	}

	@Test
	void shouldTellAPersonsNameFromADepartmentOrAnOrganisation() {
		assertThat(PersonalServiceJudge.signer("Groet,\nNoah", "Gemeente Rivierstad")).contains("Noah");
		assertThat(PersonalServiceJudge.signer("Emma de Boer | Adviseur", "Hypotheekhuis Oost"))
			.contains("Emma de Boer");
		assertThat(PersonalServiceJudge.signer("Hoogachtend,\nHypotheekhuis Oost", "Hypotheekhuis Oost")).isEmpty();
		assertThat(PersonalServiceJudge.signer("Klantenservice\nT 088 123 45 67\nwww.bank.nl", "Bank Zuid")).isEmpty();
		assertThat(PersonalServiceJudge.signer("KCC", "Gemeente Rivierstad")).isEmpty();
		assertThat(PersonalServiceJudge.signer("Groetjes,\nTeam Klantenservice", "Bank Zuid")).isEmpty();
		assertThat(PersonalServiceJudge.signer("Het Klantenserviceteam", "Bank Zuid")).isEmpty();
		assertThat(PersonalServiceJudge.signer("Facebook | Instagram", "Bank Zuid")).isEmpty();
		assertThat(PersonalServiceJudge.signer("PostNL", "Webwinkel Bolder")).isEmpty();
		assertThat(PersonalServiceJudge.signer("M. de Vries\nAdviseur", "Bank Zuid")).contains("M. de Vries");
		assertThat(PersonalServiceJudge.signer("J.P. Balkenende", "Bank Zuid")).contains("J.P. Balkenende");
		assertThat(PersonalServiceJudge.signer("-Marieke Jansen", "Bank Zuid")).contains("Marieke Jansen");
		assertThat(PersonalServiceJudge.signer("Marieke (Klantenservice)", "Bank Zuid")).contains("Marieke");
		assertThat(PersonalServiceJudge.signer("Sean O'Brien", "Bank Zuid")).contains("Sean O'Brien");
	}

	@Test
	void shouldNotJudgeAGreetingWithoutACustomerNameNorAThreadOfAChat() {
		PersonalService personal = PersonalServiceJudge.judge("Hallo!", "Sanne", null, null, "Bank Zuid", false);
		assertThat(personal.greetedByName()).isNull();
		assertThat(personal.sameThread()).isNull();
		assertThat(personal.signedByPerson()).isTrue();
	}

}
