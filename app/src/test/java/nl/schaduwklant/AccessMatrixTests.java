package nl.schaduwklant;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import nl.schaduwklant.access.NewUserAccount;
import nl.schaduwklant.access.Role;
import nl.schaduwklant.access.UserAccount;
import nl.schaduwklant.access.UserAccounts;
import nl.schaduwklant.scheduler.Endpoints;
import nl.schaduwklant.scheduler.NewOrganisation;
import nl.schaduwklant.scheduler.Organisations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what, over real HTTP with real accounts and HTTP Basic: every endpoint the
 * application serves is called by every role and by nobody, and must be allowed or
 * refused as {@link #EXPECTED} says. An endpoint missing from that table fails the test.
 */
@SchaduwklantTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

	private static final String PASSWORD = "a-long-test-password";

	/** Nobody: no credentials at all. */
	private static final String ANONYMOUS = "ANONYMOUS";

	/** Public to Spring Security (Twilio's webhooks check Twilio's signature instead). */
	private static final Set<Role> PUBLIC = null;

	private static final Set<Role> ALL = Set.of(Role.ADMIN, Role.CONSULTANT, Role.AUDITOR, Role.CLIENT);

	private static final Set<Role> READERS = Set.of(Role.ADMIN, Role.CONSULTANT, Role.AUDITOR);

	private static final Set<Role> CONSULTANTS = Set.of(Role.ADMIN, Role.CONSULTANT);

	private static final Set<Role> ADMINS = Set.of(Role.ADMIN);

	private static final Map<String, Set<Role>> EXPECTED = new LinkedHashMap<>();

	static {
		EXPECTED.put("GET /api/me", ALL);
		EXPECTED.put("GET /api/users", ADMINS);
		EXPECTED.put("POST /api/users", ADMINS);
		EXPECTED.put("GET /api/users/{username}", ADMINS);
		EXPECTED.put("DELETE /api/users/{username}", ADMINS);
		EXPECTED.put("GET /api/organisations", READERS);
		EXPECTED.put("GET /api/organisations/{id}", READERS);
		EXPECTED.put("POST /api/organisations", CONSULTANTS);
		EXPECTED.put("PUT /api/organisations/{id}", CONSULTANTS);
		EXPECTED.put("GET /api/scenarios", READERS);
		EXPECTED.put("GET /api/scenarios/{id}", READERS);
		EXPECTED.put("POST /api/scenarios", CONSULTANTS);
		EXPECTED.put("GET /api/campaigns", READERS);
		EXPECTED.put("GET /api/campaigns/{id}", READERS);
		EXPECTED.put("POST /api/campaigns", CONSULTANTS);
		EXPECTED.put("POST /api/campaigns/{id}/start", CONSULTANTS);
		EXPECTED.put("GET /api/campaigns/{campaignId}/progress", READERS);
		EXPECTED.put("GET /api/campaigns/{campaignId}/probes", READERS);
		EXPECTED.put("GET /api/probes/{id}", READERS);
		EXPECTED.put("GET /api/probes/review", READERS);
		EXPECTED.put("GET /api/unmatched-replies", READERS);
		EXPECTED.put("GET /api/probes/{id}/measurement", READERS);
		EXPECTED.put("GET /api/campaigns/{id}/measurements", ALL);
		EXPECTED.put("GET /api/campaigns/{id}/verdicts", ALL);
		EXPECTED.put("GET /api/verdicts", ALL);
		EXPECTED.put("GET /api/campaigns/{id}/composite-scores", ALL);
		EXPECTED.put("GET /api/campaigns/{id}/consistency", ALL);
		EXPECTED.put("GET /api/campaigns/{id}/score-weights", ALL);
		EXPECTED.put("PUT /api/campaigns/{id}/score-weights", CONSULTANTS);
		EXPECTED.put("POST /api/organisations/{id}/scans", Set.of(Role.ADMIN, Role.CONSULTANT, Role.CLIENT));
		EXPECTED.put("GET /api/organisations/{id}/scans", ALL);
		EXPECTED.put("GET /api/organisations/{id}/scans/comparison", ALL);
		EXPECTED.put("GET /api/scans/sectors", ALL);
		EXPECTED.put("GET /api/campaigns/{id}/measurements.csv", READERS);
		EXPECTED.put("GET /api/review-queue", READERS);
		EXPECTED.put("POST /api/review-queue/decisions", CONSULTANTS);
		EXPECTED.put("GET /api/probes/{id}/decisions", READERS);
		EXPECTED.put("GET /api/norm-profiles", ALL);
		EXPECTED.put("GET /api/norm-profiles/{id}", ALL);
		EXPECTED.put("GET /api/norm-profiles/{id}/versions", ALL);
		EXPECTED.put("PUT /api/norm-profiles/{id}", ADMINS);
		EXPECTED.put("GET /api/evidence/{id}", READERS);
		EXPECTED.put("POST /api/inspections/email", READERS);
		EXPECTED.put("POST /api/inspections/call", READERS);
		EXPECTED.put("GET /api/callbacks", READERS);
		EXPECTED.put("GET /api/consultant-calls", READERS);
		EXPECTED.put("POST /api/consultant-calls/{probeId}/marks", CONSULTANTS);
		EXPECTED.put("POST /api/consultant-calls/{probeId}/review", CONSULTANTS);
		EXPECTED.put("GET /consultant-calls", CONSULTANTS);
		EXPECTED.put("POST /api/campaigns/{campaignId}/benchmark/runs", CONSULTANTS);
		EXPECTED.put("GET /api/campaigns/{campaignId}/benchmark/runs/{run}", READERS);
		EXPECTED.put("GET /api/campaigns/{campaignId}/benchmark", READERS);
		EXPECTED.put("GET /api/campaigns/{campaignId}/benchmark/sectors.csv", ALL);
		EXPECTED.put("GET /api/campaigns/{campaignId}/benchmark/organisations.csv", READERS);
		EXPECTED.put("POST /api/phone/inbound", PUBLIC);
		EXPECTED.put("POST /api/phone/calls/{probeId}/twiml", PUBLIC);
		EXPECTED.put("POST /api/phone/calls/{probeId}/status", PUBLIC);
		EXPECTED.put("POST /api/phone/calls/{probeId}/amd", PUBLIC);
		EXPECTED.put("POST /api/phone/calls/{probeId}/max-wait", PUBLIC);
		EXPECTED.put("POST /api/phone/calls/{probeId}/consultant-status", PUBLIC);
		EXPECTED.put("POST /api/phone/calls/{probeId}/connect", PUBLIC);
		EXPECTED.put("POST /api/phone/calls/{probeId}/dial-ended", PUBLIC);
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private Organisations organisations;

	@Autowired
	private JdbcClient jdbc;

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private final Map<Role, String> users = new EnumMap<>(Role.class);

	@BeforeAll
	void provideOneAccountPerRole() {
		UUID client = this.organisations
			.register(new NewOrganisation("Toegangstest BV", "Toegang", new Endpoints("info@toegang.test"), null, null))
			.id();
		for (Role role : Role.values()) {
			String name = "matrix-" + role.name().toLowerCase();
			this.accounts.provide(new NewUserAccount(name, PASSWORD, role, (role == Role.CLIENT) ? client : null),
					"test");
			this.users.put(role, name);
		}
	}

	@Test
	void everyEndpointHasItsRoles() {
		assertThat(endpoints()).as("the endpoints served; each needs its roles in EXPECTED")
			.containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
	}

	@Test
	void everyEndpointAllowsItsRolesOnlyAndNobodyWithoutCredentials() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, Set<Role>> endpoint : EXPECTED.entrySet()) {
			String method = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
			String path = concrete(endpoint.getKey().substring(endpoint.getKey().indexOf(' ') + 1));
			int anonymous = call(method, path, null).statusCode();
			if (endpoint.getValue() == PUBLIC) {
				expect(wrong, endpoint.getKey(), ANONYMOUS, anonymous != 401, anonymous);
				continue;
			}
			expect(wrong, endpoint.getKey(), ANONYMOUS, anonymous == 401, anonymous);
			for (Role role : Role.values()) {
				int status = call(method, path, this.users.get(role)).statusCode();
				boolean allowed = endpoint.getValue().contains(role);
				expect(wrong, endpoint.getKey(), role.name(),
						allowed ? (status != 401 && status != 403) : status == 403, status);
			}
		}
		assertThat(wrong).as("endpoint, caller: status").isEmpty();
	}

	@Test
	void actuatorHealthIsPublicAndTheRestForAdministrators() throws Exception {
		assertThat(call("GET", "/actuator/health", null).statusCode()).isEqualTo(200);
		assertThat(call("GET", "/actuator/info", null).statusCode()).isEqualTo(401);
		assertThat(call("GET", "/actuator/info", this.users.get(Role.CONSULTANT)).statusCode()).isEqualTo(403);
		assertThat(call("GET", "/actuator/info", this.users.get(Role.ADMIN)).statusCode()).isEqualTo(200);
	}

	@Test
	void theApiDocumentationIsForThoseWhoMayReadTheApi() throws Exception {
		assertThat(call("GET", "/api/openapi", this.users.get(Role.AUDITOR)).statusCode()).isEqualTo(200);
		assertThat(call("GET", "/api/docs", this.users.get(Role.AUDITOR)).statusCode()).as("to the pages")
			.isEqualTo(302);
		assertThat(call("GET", "/api/swagger-ui/index.html", this.users.get(Role.AUDITOR)).statusCode()).isEqualTo(200);
		assertThat(call("GET", "/api/swagger-ui/index.html", null).statusCode()).isEqualTo(401);
		assertThat(call("GET", "/api/openapi", this.users.get(Role.CLIENT)).statusCode()).isEqualTo(403);
	}

	@Test
	void passwordsAreKeptHashed() {
		String hash = this.jdbc.sql("select password_hash from user_account where username = ?")
			.param(this.users.get(Role.AUDITOR))
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
	}

	@Test
	void theFirstAdministratorComesFromTheEnvironment() throws Exception {
		UserAccount admin = this.accounts.find("admin-from-environment").orElseThrow();
		assertThat(admin.role()).isEqualTo(Role.ADMIN);
		assertThat(admin.createdBy()).isEqualTo("environment");
		HttpResponse<String> users = this.http.send(
				request("GET", "/api/users", "admin-from-environment", "the-environment-admin-password"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(users.statusCode()).isEqualTo(200);
		assertThat(users.body()).contains("matrix-client");
	}

	@Test
	void aWrongPasswordIsAProblemThatAsksForCredentials() throws Exception {
		HttpResponse<String> response = this.http.send(
				request("GET", "/api/organisations", this.users.get(Role.CONSULTANT), "not-the-password"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Basic realm=\"Schaduwklant\""));
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
		assertThat(response.body()).contains("\"status\":401").contains("Aanmelden vereist");
	}

	@Test
	void aDisabledUserCannotLogIn() throws Exception {
		this.accounts.provide(new NewUserAccount("matrix-leaver", PASSWORD, Role.AUDITOR, null), "test");
		assertThat(call("GET", "/api/organisations", "matrix-leaver").statusCode()).isEqualTo(200);
		HttpResponse<String> disabled = this.http.send(
				request("DELETE", "/api/users/matrix-leaver", this.users.get(Role.ADMIN), PASSWORD),
				HttpResponse.BodyHandlers.ofString());
		assertThat(disabled.statusCode()).isEqualTo(200);
		assertThat(disabled.body()).contains("\"enabled\":false");
		assertThat(call("GET", "/api/organisations", "matrix-leaver").statusCode()).isEqualTo(401);
	}

	@Test
	void anAccountIsCreatedByAnAdministratorWhoIsRecorded() throws Exception {
		UUID organisation = this.accounts.find(this.users.get(Role.CLIENT)).orElseThrow().organisationId();
		HttpResponse<String> created = this.http.send(
				request("POST", "/api/users", this.users.get(Role.ADMIN), PASSWORD,
						"{\"username\":\"matrix-new-client\",\"password\":\"" + PASSWORD
								+ "\",\"role\":\"CLIENT\",\"organisationId\":\"" + organisation + "\"}"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(this.accounts.find("matrix-new-client").orElseThrow().createdBy())
			.isEqualTo(this.users.get(Role.ADMIN));
		HttpResponse<String> me = this.http.send(request("GET", "/api/me", "matrix-new-client", PASSWORD),
				HttpResponse.BodyHandlers.ofString());
		assertThat(me.body()).contains("\"role\":\"CLIENT\"").contains(organisation.toString());
	}

	@Test
	void aClientWithoutAnOrganisationIsRefusedNamingTheField() throws Exception {
		HttpResponse<String> refused = this.http.send(
				request("POST", "/api/users", this.users.get(Role.ADMIN), PASSWORD,
						"{\"username\":\"matrix-orphan\",\"password\":\"" + PASSWORD + "\",\"role\":\"CLIENT\"}"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"organisationId\"");
		HttpResponse<String> shortPassword = this.http.send(
				request("POST", "/api/users", this.users.get(Role.ADMIN), PASSWORD,
						"{\"username\":\"matrix-short\",\"password\":\"short\",\"role\":\"AUDITOR\"}"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(shortPassword.statusCode()).isEqualTo(400);
		assertThat(shortPassword.body()).contains("\"field\":\"password\"");
	}

	@Test
	void aChangeAskedForByAnotherSiteIsRefused() throws Exception {
		HttpRequest crossSite = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/campaigns"))
			.header("Authorization", basic(this.users.get(Role.CONSULTANT), PASSWORD))
			.header("Content-Type", "application/json")
			.header("Origin", "https://elsewhere.example")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build();
		HttpResponse<String> response = this.http.send(crossSite, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("andere site");
	}

	private Set<String> endpoints() {
		Set<String> found = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			if (!mapping.getValue().getBeanType().getPackageName().startsWith("nl.schaduwklant")) {
				continue; // the error page and the API documentation
			}
			for (String pattern : mapping.getKey().getPatternValues()) {
				mapping.getKey()
					.getMethodsCondition()
					.getMethods()
					.forEach((method) -> found.add(method.name() + " " + pattern));
			}
		}
		return found;
	}

	private static String concrete(String pattern) {
		return pattern.replace("{run}", "1")
			.replace("{username}", "nobody-at-all")
			.replaceAll("\\{[A-Za-z]+\\}", UUID.randomUUID().toString());
	}

	private static void expect(List<String> wrong, String endpoint, String caller, boolean right, int status) {
		if (!right) {
			wrong.add(endpoint + ", " + caller + ": " + status);
		}
	}

	private HttpResponse<String> call(String method, String path, String user)
			throws IOException, InterruptedException {
		return this.http.send(
				(user != null) ? request(method, path, user, PASSWORD) : request(method, path, null, null),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest request(String method, String path, String user, String password) {
		return request(method, path, user, password, method.equals("POST") || method.equals("PUT") ? "{}" : null);
	}

	private HttpRequest request(String method, String path, String user, String password, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)
					: HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (user != null) {
			request.header("Authorization", basic(user, password));
		}
		return request.build();
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
