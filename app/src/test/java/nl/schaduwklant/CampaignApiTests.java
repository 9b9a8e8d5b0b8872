package nl.schaduwklant;

import java.time.Duration;
import java.util.UUID;

import nl.schaduwklant.sandbox.SandboxCatalogue;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The REST API as a consultant's tool would use it: what it accepts, and the problem
 * details it answers bad requests with.
 */
@SchaduwklantTest
class CampaignApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JsonMapper json;

	@Test
	void shouldDefineOrganisationScenarioAndCampaignAndStartItOnce() {
		String organisation = id(post("/api/organisations", """
				{"name": "Api Bank", "sector": "Financials",
				 "endpoints": {"email": "%s"},
				 "openingHours": {"zone": "Europe/Amsterdam",
				   "periods": [{"days": ["MONDAY", "TUESDAY"], "opens": "08:30", "closes": "17:00"}]},
				 "allowList": ["Api Bank"]}
				""".formatted(SandboxCatalogue.organisations().get(0).address())), 201);
		String scenario = id(post("/api/scenarios", """
				{"title": "Api vraag", "subject": "Vraag over de api", "body": "Goedemiddag, hoe werkt het?",
				 "answerKey": {"facts": [{"name": "termijn", "phrasings": ["vijf werkdagen"]}]}}
				"""), 201);
		MvcTestResult defined = post("/api/campaigns", """
				{"name": "Api campagne", "organisationIds": ["%s"], "scenarioIds": ["%s"], "channels": ["EMAIL"],
				 "replyDeadline": "PT10S"}
				""".formatted(organisation, scenario));
		assertThat(defined).hasStatus(201);
		assertThat(defined).headers().containsHeader(HttpHeaders.LOCATION);
		JsonNode campaign = body(defined);
		assertThat(campaign.get("status").asString()).isEqualTo("DRAFT");
		assertThat(campaign.get("replyDeadline").asString()).isEqualTo("PT10S");
		assertThat(campaign.get("resolutionThreshold").asDouble()).isEqualTo(1.0);
		String id = campaign.get("id").asString();

		MvcTestResult started = post("/api/campaigns/" + id + "/start", "");
		assertThat(started).hasStatus(202);
		assertThat(body(started).get("plannedProbes").asInt()).isEqualTo(1);

		MvcTestResult again = post("/api/campaigns/" + id + "/start", "");
		assertThat(again).hasStatus(409);
		assertThat(again).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(body(again).get("title").asString()).isEqualTo("Campagne al gestart");
		assertThat(body(again).get("status").asString()).isEqualTo("RUNNING");

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/api/campaigns/" + id + "/probes")).hasStatusOk()
				.bodyJson()
				.extractingPath("$[0].token")
				.asString()
				.matches("SK-[0-9A-HJKMNP-TV-Z]{5}"));
	}

	@Test
	void shouldNameEveryInvalidFieldOfACampaign() {
		MvcTestResult result = post("/api/campaigns", """
				{"name": " ", "organisationIds": [], "scenarioIds": [], "channels": [],
				 "replyDeadline": "PT0S", "resolutionThreshold": 1.5}
				""");
		assertThat(result).hasStatus(400);
		assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = body(result);
		assertThat(problem.get("title").asString()).isEqualTo("Ongeldige invoer");
		assertThat(problem.get("errors").valueStream().map((error) -> error.get("field").asString()))
			.containsExactlyInAnyOrder("name", "organisationIds", "scenarioIds", "channels", "replyDeadline",
					"resolutionThreshold");
		assertThat(problem.get("detail").asString()).contains("name", "replyDeadline");
	}

	@Test
	void shouldNameTheFieldOfMalformedJson() {
		MvcTestResult result = post("/api/campaigns", """
				{"name": "x", "organisationIds": ["not-a-uuid"], "scenarioIds": [], "channels": ["EMAIL"]}
				""");
		assertThat(result).hasStatus(400);
		JsonNode problem = body(result);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("organisationIds[0]");
		assertThat(problem.get("detail").asString()).contains("organisationIds[0]");

		MvcTestResult channel = post("/api/campaigns", """
				{"name": "x", "organisationIds": [], "scenarioIds": [], "channels": ["FAX"]}
				""");
		assertThat(body(channel).get("errors").get(0).get("field").asString()).isEqualTo("channels[0]");

		MvcTestResult broken = post("/api/campaigns", "{\"name\": ");
		assertThat(broken).hasStatus(400);
		assertThat(body(broken).get("detail").asString()).isNotBlank();
	}

	@Test
	void shouldRefuseAConsultantForACampaignWithoutCallsOrWithAMalformedNumber() {
		UUID unknown = UUID.randomUUID();
		MvcTestResult withoutPhone = post("/api/campaigns", """
				{"name": "x", "organisationIds": ["%s"], "scenarioIds": ["%s"], "channels": ["EMAIL"],
				 "consultantNumber": "+31850001111"}
				""".formatted(unknown, unknown));
		assertThat(withoutPhone).hasStatus(400);
		assertThat(body(withoutPhone).get("errors").valueStream())
			.filteredOn((error) -> error.get("field").asString().equals("consultantNumber"))
			.singleElement()
			.satisfies((error) -> assertThat(error.get("message").asString()).contains("PHONE"));
		MvcTestResult malformed = post("/api/campaigns", """
				{"name": "x", "organisationIds": ["%s"], "scenarioIds": ["%s"], "channels": ["PHONE"],
				 "consultantNumber": "0612345678"}
				""".formatted(unknown, unknown));
		assertThat(malformed).hasStatus(400);
		assertThat(body(malformed).get("errors").valueStream().map((error) -> error.get("field").asString()))
			.containsExactly("consultantNumber");
	}

	@Test
	void shouldRefuseCampaignsOnUnknownOrganisationsAndUnsupportedChannels() {
		UUID unknown = UUID.randomUUID();
		MvcTestResult result = post("/api/campaigns", """
				{"name": "x", "organisationIds": ["%s"], "scenarioIds": ["%s"], "channels": ["EMAIL", "SOCIAL"]}
				""".formatted(unknown, unknown));
		assertThat(result).hasStatus(400);
		JsonNode problem = body(result);
		assertThat(problem.get("errors").valueStream().map((error) -> error.get("field").asString()))
			.containsExactlyInAnyOrder("channels", "organisationIds[0]", "scenarioIds[0]");
		assertThat(problem.get("errors").valueStream().map((error) -> error.get("message").asString()))
			.contains("er is geen organisatie met id " + unknown, "kanaal SOCIAL kan nog niet gemeten worden");
	}

	@Test
	void shouldNameInvalidNestedFieldsOfAnOrganisation() {
		MvcTestResult result = post("/api/organisations", """
				{"name": "x", "sector": "Handel", "endpoints": {"email": "geen-adres"},
				 "openingHours": {"zone": "Europe/Amsterdam",
				   "periods": [{"days": ["MONDAY"], "opens": "17:00", "closes": "09:00"}]}}
				""");
		assertThat(result).hasStatus(400);
		assertThat(body(result).get("errors").valueStream().map((error) -> error.get("field").asString()))
			.containsExactlyInAnyOrder("endpoints.email", "openingHours.periods[0].closingAfterOpening");
	}

	@Test
	void shouldAnswerUnknownIdsWithNotFoundInTheCallersLanguage() {
		UUID unknown = UUID.randomUUID();
		MvcTestResult dutch = this.mvc.get().uri("/api/campaigns/" + unknown).exchange();
		assertThat(dutch).hasStatus(404);
		assertThat(body(dutch).get("title").asString()).isEqualTo("Campagne niet gevonden");
		assertThat(body(dutch).get("detail").asString()).isEqualTo("Er is geen campagne met id " + unknown + ".");

		MvcTestResult english = this.mvc.get()
			.uri("/api/probes/" + unknown)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange();
		assertThat(english).hasStatus(404);
		assertThat(body(english).get("title").asString()).isEqualTo("Probe not found");

		assertThat(this.mvc.get().uri("/api/campaigns/" + unknown + "/benchmark")).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/evidence/" + unknown)).hasStatus(404);
	}

	@Test
	void shouldServeTheOpenApiDocument() {
		assertThat(this.mvc.get().uri("/api/openapi")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths")
			.asMap()
			.containsKeys("/api/campaigns", "/api/campaigns/{id}/start", "/api/organisations", "/api/scenarios",
					"/api/inspections/email", "/api/campaigns/{campaignId}/benchmark/sectors.csv");
	}

	private MvcTestResult post(String uri, String body) {
		return this.mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	private String id(MvcTestResult result, int status) {
		assertThat(result).hasStatus(status);
		return body(result).get("id").asString();
	}

	private JsonNode body(MvcTestResult result) {
		return this.json.readTree(result.getResponse().getContentAsByteArray());
	}

}
