package nl.schaduwklant;

import java.util.UUID;

import nl.schaduwklant.access.NewUserAccount;
import nl.schaduwklant.access.Role;
import nl.schaduwklant.access.UserAccounts;
import nl.schaduwklant.scheduler.Endpoints;
import nl.schaduwklant.scheduler.NewOrganisation;
import nl.schaduwklant.scheduler.Organisations;
import nl.schaduwklant.scoring.scan.ScanItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The Service Excellence Scan through the API: an organisation's client fills it in for
 * its own organisation only, reads its score, band and the items to discuss, and its
 * sector beside the published score.
 */
@SchaduwklantTest
class ScanApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Organisations organisations;

	@Autowired
	private UserAccounts accounts;

	private UUID organisation;

	private UUID other;

	private String client;

	@BeforeEach
	void registerAnOrganisationWithItsClient() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		this.organisation = this.organisations
			.register(new NewOrganisation("Scanbank " + marker, "Financials", new Endpoints("scan@bank.test"), null,
					null))
			.id();
		this.other = this.organisations
			.register(new NewOrganisation("Anderbank " + marker, "Financials", new Endpoints("ander@bank.test"), null,
					null))
			.id();
		this.client = "scan-client-" + marker;
		this.accounts.provide(new NewUserAccount(this.client, "a-long-client-password", Role.CLIENT, this.organisation),
				"test");
	}

	@Test
	void shouldScoreAClientsScanOfItsOwnOrganisation() {
		assertThat(this.mvc.post()
			.uri("/api/organisations/" + this.organisation + "/scans")
			.with(user(this.client).roles("CLIENT"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(scan("SYSTEMATIC", "NO"))).hasStatus(201).bodyJson().satisfies((json) -> {
				// two respondents: 47 of 47, and 44 of 47 with culture "no"
				assertThat(json).extractingPath("$.result.score.points").isEqualTo(91);
				assertThat(json).extractingPath("$.result.score.maximum").isEqualTo(94);
				assertThat(json).extractingPath("$.result.score.band").isEqualTo("ROAD_TO_EXCELLENCE");
				assertThat(json).extractingPath("$.result.items[?(@.item == 'CULTURE')].discuss")
					.asArray()
					.containsExactly(true);
				assertThat(json).extractingPath("$.submittedBy").isEqualTo(this.client);
				assertThat(json).extractingPath("$.sector").isEqualTo("Financials");
			});
		assertThat(this.mvc.get()
			.uri("/api/organisations/" + this.organisation + "/scans/comparison")
			.with(user(this.client).roles("CLIENT"))).hasStatusOk().bodyJson().satisfies((json) -> {
				assertThat(json).extractingPath("$.selfAssessedServicePerformance").isEqualTo(1.0);
				assertThat(json).extractingPath("$.probes").isEqualTo(0);
			});
		assertThat(this.mvc.get().uri("/api/scans/sectors")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.sector == 'Financials')].published")
			.asArray()
			.containsExactly(0.42);
	}

	@Test
	void shouldKeepAClientToItsOwnOrganisation() {
		assertThat(this.mvc.post()
			.uri("/api/organisations/" + this.other + "/scans")
			.with(user(this.client).roles("CLIENT"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(scan("START", "START"))).hasStatus(404);
		assertThat(this.mvc.get()
			.uri("/api/organisations/" + this.other + "/scans")
			.with(user(this.client).roles("CLIENT"))).hasStatus(404);
	}

	@Test
	void shouldNameTheItemOfAMissingOrWrongAnswer() {
		String wrongKind = scan("SYSTEMATIC", "TOP");
		assertThat(this.mvc.post()
			.uri("/api/organisations/" + this.organisation + "/scans")
			.contentType(MediaType.APPLICATION_JSON)
			.content(wrongKind)).hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("respondents[1].answers.CULTURE");
		String missing = "{\"respondents\":[{\"respondent\":\"x\",\"answers\":{\"LEADERSHIP\":\"START\"}}]}";
		assertThat(this.mvc.post()
			.uri("/api/organisations/" + this.organisation + "/scans")
			.contentType(MediaType.APPLICATION_JSON)
			.content(missing)).hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("respondents[0].answers.DESIGNING_EXCEPTIONAL_EXPERIENCES");
	}

	/**
	 * @return two respondents: one answering every element systematic and every result
	 * top, the other the same but culture answered {@code culture}
	 */
	private static String scan(String elements, String culture) {
		StringBuilder first = new StringBuilder();
		StringBuilder second = new StringBuilder();
		for (ScanItem item : ScanItem.values()) {
			String answer = (item.kind() == ScanItem.Kind.ELEMENT) ? elements : "TOP";
			first.append(first.isEmpty() ? "" : ",")
				.append('"')
				.append(item)
				.append("\":\"")
				.append(answer)
				.append('"');
			second.append(second.isEmpty() ? "" : ",")
				.append('"')
				.append(item)
				.append("\":\"")
				.append((item == ScanItem.CULTURE) ? culture : answer)
				.append('"');
		}
		return "{\"respondents\":[{\"respondent\":\"directeur\",\"answers\":{" + first
				+ "}},{\"respondent\":\"teamleider\",\"answers\":{" + second + "}}]}";
	}

}
