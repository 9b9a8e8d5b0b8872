package nl.schaduwklant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Norm profiles as data: every shipped profile readable, a new version saved by an
 * administrator (who is recorded), the old one kept, a malformed one refused with its
 * line and field.
 */
@SchaduwklantTest
class NormProfileApiTests {

	private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void shouldListTheLatestVersionOfEveryShippedProfile() {
		assertThat(this.mvc.get().uri("/api/norm-profiles")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.contains("nen-8878", "service-level-80-20", "municipal-telephone", "keurmerk-klantgericht-verzekeren",
					"email-one-working-day", "chat-two-minutes", "social-one-hour");
		assertThat(this.mvc.get().uri("/api/norm-profiles/nen-8878/versions")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].savedBy")
			.isEqualTo("shipped");
	}

	@Test
	void shouldSaveANewVersionAndKeepTheOldOne() {
		assertThat(this.mvc.put()
			.uri("/api/norm-profiles/house-service-level")
			.contentType(YAML)
			.content(profile(1, "0.8"))).as("a profile of the house").hasStatus(201);
		String v2 = profile(2, "0.75");
		assertThat(this.mvc.put().uri("/api/norm-profiles/house-service-level").contentType(YAML).content(v2))
			.hasStatus(201)
			.bodyJson()
			.extractingPath("$.savedBy")
			.isEqualTo(TestCaller.USERNAME);
		assertThat(this.mvc.get().uri("/api/norm-profiles/house-service-level")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.clauses[0].requiredShare")
			.isEqualTo(0.75);
		assertThat(this.mvc.get().uri("/api/norm-profiles/house-service-level?version=1")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.clauses[0].requiredShare")
			.isEqualTo(0.8);
		assertThat(this.mvc.get().uri("/api/norm-profiles/house-service-level/versions")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].version")
			.asArray()
			.containsExactly(1, 2);
		assertThat(this.mvc.put().uri("/api/norm-profiles/house-service-level").contentType(YAML).content(v2))
			.as("version 2 again")
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("version");
		assertThat(this.mvc.get().uri("/api/norm-profiles/house-service-level?version=9")).hasStatus(404);
	}

	@Test
	void shouldRefuseAMalformedProfileNamingItsLineAndField() {
		assertThat(this.mvc.put()
			.uri("/api/norm-profiles/house-service-level")
			.contentType(YAML)
			.content(profile(3, "85 %"))).hasStatus(400).bodyJson().satisfies((json) -> {
				assertThat(json).extractingPath("$.field").isEqualTo("clauses[0].requiredShare");
				assertThat(json).extractingPath("$.line").isEqualTo(10);
				assertThat(json).extractingPath("$.title").isEqualTo("Ongeldig normprofiel");
			});
		assertThat(this.mvc.put().uri("/api/norm-profiles/nen-8878").contentType(YAML).content(profile(2, "0.8")))
			.as("the YAML of another profile")
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("id");
	}

	private static String profile(int version, String share) {
		return """
				id: house-service-level
				version: %d
				title: Our own service level
				clauses:
				  - id: answered-within-20s
				    title: calls answered by a person within 20 seconds
				    type: live-agent-within
				    limit: PT20S
				    from: connect
				    requiredShare: %s
				    minimumSample: 20
				    source: contact-centre practice
				    assumption: true
				    assumptionReason: a test's version
				""".formatted(version, share);
	}

}
