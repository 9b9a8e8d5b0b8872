package nl.schaduwklant;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import nl.schaduwklant.probes.CapturedContent;
import nl.schaduwklant.probes.Evidence;
import nl.schaduwklant.probes.EvidenceKind;
import nl.schaduwklant.probes.EvidenceRef;
import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.scheduler.AnswerFact;
import nl.schaduwklant.scheduler.AnswerKey;
import nl.schaduwklant.scheduler.Endpoints;
import nl.schaduwklant.scheduler.NewOrganisation;
import nl.schaduwklant.scheduler.NewScenario;
import nl.schaduwklant.scheduler.OpeningHours;
import nl.schaduwklant.scheduler.OpeningPeriod;
import nl.schaduwklant.scheduler.OrganisationDetails;
import nl.schaduwklant.scheduler.Organisations;
import nl.schaduwklant.scheduler.ScenarioDetails;
import nl.schaduwklant.scheduler.Scenarios;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is stored comes back exactly as it was, on every supported database.
 */
abstract class PersistenceTests {

	@Autowired
	private Organisations organisations;

	@Autowired
	private Scenarios scenarios;

	@Autowired
	private EvidenceStore evidence;

	@Test
	void shouldStoreAnOrganisationWithItsOpeningHoursAndAllowList() {
		var hours = new OpeningHours(ZoneId.of("Europe/Amsterdam"),
				List.of(new OpeningPeriod(Set.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(8, 30),
						LocalTime.of(12, 15))));
		OrganisationDetails registered = this.organisations
			.register(new NewOrganisation("Café & Co " + UUID.randomUUID(), "Horeca",
					new Endpoints("info@cafe.example"), hours, List.of("Café & Co", "NL-2024-0042")));
		OrganisationDetails found = this.organisations.get(registered.id());
		assertThat(found).isEqualTo(registered);
		assertThat(found.openingHours()).isEqualTo(hours);
		assertThat(this.organisations.findByName(registered.name())).contains(registered);
	}

	@Test
	void shouldStoreAScenarioWithItsAnswerKey() {
		var key = new AnswerKey(List.of(new AnswerFact("termijn", List.of("dertig dagen", "30 dagen"), null),
				new AnswerFact("telefoon", List.of(), "\\b0\\d{2}-\\d{7}\\b")));
		ScenarioDetails created = this.scenarios.create(
				new NewScenario("Opzeggen " + UUID.randomUUID(), "Opzeggen", "Hoe zeg ik op?\n\nGroet,\nMarieke", key));
		assertThat(this.scenarios.get(created.id())).isEqualTo(created);
		assertThat(this.scenarios.get(created.id()).answerKey()).isEqualTo(key);
	}

	@Test
	void shouldStoreLargeEvidenceByteForByteWithItsHash() {
		byte[] content = new byte[21 * 1024 * 1024];
		new Random(42).nextBytes(content);
		CapturedContent capture = CapturedContent.of(content);
		UUID probe = UUID.randomUUID();
		EvidenceRef stored = this.evidence.store(null, EvidenceKind.RECEIVED_MESSAGE, "message/rfc822", capture);
		this.evidence.attach(stored.id(), probe);
		Evidence loaded = this.evidence.load(stored.id());
		assertThat(loaded.content()).isEqualTo(content);
		assertThat(loaded.ref().sha256()).isEqualTo(capture.sha256()).hasSize(64);
		assertThat(loaded.ref().size()).isEqualTo(content.length);
		assertThat(this.evidence.forProbe(probe)).extracting(EvidenceRef::id).containsExactly(stored.id());
	}

}
