package nl.schaduwklant.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import nl.schaduwklant.sandbox.Contacts;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.sandbox.SandboxConnection;
import nl.schaduwklant.sandbox.SandboxSites;
import nl.schaduwklant.scheduler.NewOrganisation;
import nl.schaduwklant.scheduler.NewScenario;
import nl.schaduwklant.scheduler.OpeningHours;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kill test ({@code scripts/bench-kill}): a sandbox in its own process, an
 * application node in another, a campaign by e-mail, chat and contact form; the node is
 * SIGKILLed at random moments and restarted until every probe is settled. The sandbox's
 * on-disk contacts then say how often each probe reached its organisation (at most once
 * is the rule) and whether any probe was lost. Prints a line per kill and a summary, and
 * writes them to the {@code Kill test} section of {@code docs/benchmarks.md}.
 * <p>
 * System properties: {@code bench.jar} (the application jar), {@code bench.database-url},
 * {@code bench.output} (the benchmarks file), {@code bench.kills} (10),
 * {@code bench.seed}, {@code bench.timeout} (ISO-8601, the whole run's bound,
 * {@code PT12M}).
 */
public final class KillBenchmark {

	static final Set<String> SETTLED = Set.of("SCORED", "NO_RESPONSE", "FAILED", "NEEDS_REVIEW");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Path jar;

	private final String databaseUrl;

	private final Path work;

	private final Random random;

	private final Instant deadline;

	private final Duration startTimeout = Duration.parse(System.getProperty("bench.start-timeout", "PT5M"));

	private String base;

	private KillBenchmark(Path jar, String databaseUrl, Path work, long seed, Duration timeout) {
		this.jar = jar;
		this.databaseUrl = databaseUrl;
		this.work = work;
		this.random = new Random(seed);
		this.deadline = Instant.now().plus(timeout);
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(System.getProperty("bench.jar", "app/target/schaduwklant.jar"));
		String url = System.getProperty("bench.database-url", "jdbc:postgresql://127.0.0.1:5432/schaduwklant_kill");
		Path output = Path.of(System.getProperty("bench.output", "docs/benchmarks.md"));
		int kills = Integer.getInteger("bench.kills", 10);
		long seed = Long.getLong("bench.seed", System.nanoTime());
		Duration timeout = Duration.parse(System.getProperty("bench.timeout", "PT20M"));
		Path work = Files.createTempDirectory("schaduwklant-kill");
		KillBenchmark benchmark = new KillBenchmark(jar, url, work, seed, timeout);
		KillReport report = benchmark.run(kills);
		String section = report.render();
		System.out.println();
		System.out.println(section);
		BenchmarkReport.write(output, "kill", section);
		System.out.println("Logs and the sandbox's data: " + work);
		System.exit(report.lost() == 0 && report.contactedMoreThanOnce() == 0 ? 0 : 1);
	}

	KillReport run(int kills) throws Exception {
		Path sandboxData = this.work.resolve("sandbox");
		NodeProcess sandbox = NodeProcess.start(
				List.of(java(), "-Xmx256m", "-jar", this.jar.toString(), "sandbox", "--data-dir=" + sandboxData),
				this.work.resolve("sandbox.log"));
		NodeProcess node = null;
		try {
			SandboxConnection connection = awaitConnection(sandbox, sandboxData.resolve(SandboxConnection.FILE_NAME));
			log("sandbox ready: " + connection);
			int port = NodeProcess.freePort();
			this.base = "http://127.0.0.1:" + port;
			List<String> command = nodeCommand(port, sandboxData.resolve(SandboxConnection.FILE_NAME));
			node = NodeProcess.start(command, this.work.resolve("node-0.log"));
			log("node started in " + seconds(node.awaitHealthy(this.http, this.base, this.startTimeout)) + " s");
			JsonNode campaign = startCampaign(connection.sites());
			String campaignId = campaign.get("id").asString();
			int planned = campaign.get("plannedProbes").asInt();
			Instant started = Instant.now();
			log("campaign " + campaignId + " started: " + planned + " probes");
			KillReport report = new KillReport(planned, started);
			for (int k = 1; k <= kills && !settled(probes(campaignId), planned) && beforeDeadline(); k++) {
				Thread.sleep(2_000 + this.random.nextInt(13_001));
				List<JsonNode> before = probes(campaignId);
				Instant moment = Instant.now();
				node.kill();
				KillReport.Kill kill = report.killed(k, moment, before);
				node = NodeProcess.start(command, this.work.resolve("node-" + k + ".log"));
				kill.restartedIn(node.awaitHealthy(this.http, this.base, this.startTimeout));
				log(kill.line());
			}
			List<JsonNode> last = probes(campaignId);
			while (!settled(last, planned) && beforeDeadline()) {
				Thread.sleep(2_000);
				last = probes(campaignId);
			}
			report.finished(Instant.now(), last, Contacts.read(sandboxData));
			return report;
		}
		finally {
			if (node != null) {
				node.stop();
			}
			sandbox.stop();
		}
	}

	private List<String> nodeCommand(int port, Path connectionFile) {
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx768m", "-jar", this.jar.toString()));
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("spring.profiles.active", "postgres");
		settings.put("spring.datasource.url", this.databaseUrl);
		settings.put("server.port", Integer.toString(port));
		settings.put("server.address", "127.0.0.1");
		settings.put("schaduwklant.sandbox.enabled", "true");
		settings.put("schaduwklant.sandbox.mode", "external");
		settings.put("schaduwklant.sandbox.connection-file", connectionFile.toString());
		// the demo profile's fast intervals
		settings.put("schaduwklant.probes.dispatch-interval", "PT0.2S");
		settings.put("schaduwklant.probes.sweep-interval", "PT1S");
		settings.put("schaduwklant.probes.chat.linger", "PT1S");
		settings.put("schaduwklant.probes.chat.widget-timeout", "PT8S");
		settings.put("schaduwklant.probes.email.clock-skew-allowance", "PT1S");
		settings.put("schaduwklant.probes.email.watcher.idle-timeout", "PT1S");
		settings.put("schaduwklant.probes.email.watcher.poll-interval", "PT1S");
		settings.put("schaduwklant.probes.email.watcher.reconnect-backoff", "PT2S");
		settings.put("schaduwklant.probes.browser.max-browsers", "2");
		// the same node after every restart, so it checks the probes it left in SENDING
		settings.put("schaduwklant.probes.node", "kill-test-node");
		settings.put("schaduwklant.probes.retry-backoff", "PT5S");
		settings.put("logging.level.root", "WARN");
		settings.forEach((key, value) -> command.add("--" + key + "=" + value));
		return command;
	}

	private SandboxConnection awaitConnection(NodeProcess sandbox, Path file) throws InterruptedException {
		Instant until = Instant.now().plusSeconds(90);
		while (!Files.exists(file)) {
			if (!sandbox.isAlive() || Instant.now().isAfter(until)) {
				throw new IllegalStateException("the sandbox did not start; see " + this.work.resolve("sandbox.log"));
			}
			Thread.sleep(200);
		}
		return SandboxConnection.read(file);
	}

	private JsonNode startCampaign(SandboxSites sites) throws IOException, InterruptedException {
		List<String> organisations = new ArrayList<>();
		for (var organisation : SandboxCatalogue.organisations()) {
			NewOrganisation details = new NewOrganisation(organisation.name(), organisation.sector(),
					sites.endpointsOf(organisation), OpeningHours.officeHours(), organisation.allowList());
			organisations.add(post("/api/organisations", details).get("id").asString());
		}
		List<String> scenarios = new ArrayList<>();
		for (var scenario : SandboxCatalogue.scenarios()) {
			scenarios.add(post("/api/scenarios",
					new NewScenario(scenario.title(), scenario.subject(), scenario.body(), scenario.answerKey()))
				.get("id")
				.asString());
		}
		Map<String, Object> campaign = new LinkedHashMap<>();
		campaign.put("name", "Kill test " + Instant.now());
		campaign.put("organisationIds", organisations);
		campaign.put("scenarioIds", scenarios);
		campaign.put("channels", List.of("EMAIL", "CHAT", "CONTACT_FORM"));
		// long enough for the campaign to outlast the kills asked for (a restart takes
		// about a
		// minute on two busy cores)
		campaign.put("replyDeadline", System.getProperty("bench.reply-deadline", "PT90S"));
		String id = post("/api/campaigns", campaign).get("id").asString();
		return post("/api/campaigns/" + id + "/start", null);
	}

	private JsonNode post(String path, Object body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST((body != null) ? HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))
					: HttpRequest.BodyPublishers.noBody())
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(
					"POST " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

	private List<JsonNode> probes(String campaignId) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create(this.base + "/api/campaigns/" + campaignId + "/probes"))
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("the probes could not be read: " + response.statusCode());
		}
		List<JsonNode> probes = new ArrayList<>();
		JSON.readTree(response.body()).forEach(probes::add);
		return probes;
	}

	static boolean settled(List<JsonNode> probes, int planned) {
		return probes.size() >= planned
				&& probes.stream().allMatch((probe) -> SETTLED.contains(probe.get("state").asString()));
	}

	private boolean beforeDeadline() {
		return Instant.now().isBefore(this.deadline);
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static String seconds(Duration duration) {
		return String.format(java.util.Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
	}

	private static void log(String line) {
		System.out.println("[kill test] " + line);
	}

}
