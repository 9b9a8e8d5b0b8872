package nl.schaduwklant;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.schaduwklant.probes.MysteryMailbox;
import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.probes.UnmatchedReplies;
import nl.schaduwklant.probes.UnmatchedReply;
import nl.schaduwklant.reports.BenchmarkMetric;
import nl.schaduwklant.reports.ReportLauncher;
import nl.schaduwklant.reports.SectorBenchmark;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.sandbox.SimulatedOrganisation;
import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.Measurements;
import nl.schaduwklant.scoring.VerdictView;
import nl.schaduwklant.scoring.CampaignVerdicts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The review queue on a real e-mail campaign to the six shops of the sandbox: a reply
 * that reached the mailbox without the probe's token is attached to the probe of the shop
 * that never answers, which turns its verdict and the sector's response rate; a corrected
 * figure keeps who, when, why and the original.
 */
@SchaduwklantTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewQueueTests {

	private static final String SILENT = "Sportzaak Sprint";

	private static final String PROFILE = "review-test-replies";

	@Autowired
	private CampaignRunner runner;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MysteryMailbox mailbox;

	@Autowired
	private UnmatchedReplies unmatched;

	@Autowired
	private Measurements measurements;

	@Autowired
	private ReportLauncher reports;

	@Autowired
	private CampaignVerdicts verdicts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private nl.schaduwklant.probes.ProbeRuns probeRuns;

	private CampaignDetails campaign;

	private final String subject = "Re: uw vraag " + UUID.randomUUID();

	private Map<String, ProbeSummary> probes;

	@BeforeAll
	void runCampaignToTheShops() throws Exception {
		List<SimulatedOrganisation> shops = SandboxCatalogue.organisations()
			.stream()
			.filter((organisation) -> organisation.sector().equals("Handel"))
			.toList();
		assertThat(shops).hasSize(6);
		this.campaign = this.runner.start("Review " + Instant.now(), shops,
				List.of(SandboxCatalogue.scenarios().get(0)), Set.of(Channel.EMAIL), Duration.ofSeconds(25));
		// the shop that never answers does, from its own address, without our reference,
		// before the reply deadline
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.runner.probesByOrganisation(this.campaign).get(SILENT).contactedAt() != null);
		send(SandboxCatalogue.organisation("sportzaak-sprint").orElseThrow().address(), this.subject);
		this.runner.awaitSettled(this.campaign, Duration.ofMinutes(2));
		this.probes = this.runner.probesByOrganisation(this.campaign);
		assertThat(this.mvc.put()
			.uri("/api/norm-profiles/" + PROFILE)
			.contentType(MediaType.parseMediaType("application/yaml"))
			.content("""
					id: %s
					version: 1
					title: Every e-mail answered within an hour
					clauses:
					  - id: within-an-hour
					    title: e-mails answered by a person within an hour
					    type: reply-within
					    channel: email
					    limit: PT1H
					    requiredShare: 1.0
					    minimumSample: 1
					    source: a test
					""".formatted(PROFILE))).hasStatus(201);
	}

	@Test
	void shouldAttachAnUnmatchedReplyAndTurnTheVerdictAndTheBenchmark() throws Exception {
		ProbeSummary silent = this.probes.get(SILENT);
		Measurement before = this.measurements.forProbe(silent.id()).orElseThrow();
		assertThat(before.answered()).as("the shop never answers").isFalse();
		assertThat(verdict(silent.organisationId()).verdict()).isEqualTo("BREACH");
		double rateBefore = responseRate(
				this.reports.benchmark(this.campaign.id(), this.reports.runBenchmark(this.campaign.id()).run()));

		String subject = this.subject;
		UnmatchedReply reply = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.unmatched.list()
				.stream()
				.filter((candidate) -> subject.equals(candidate.subject()))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(this.mvc.get().uri("/api/review-queue?campaignId=" + this.campaign.id())).hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.kind == 'UNMATCHED_REPLY')].replyId")
			.asArray()
			.contains(reply.id().toString());

		assertThat(
				this.mvc.post().uri("/api/review-queue/decisions").contentType(MediaType.APPLICATION_JSON).content("""
						{"action":"ATTACH_REPLY","replyId":"%s","probeId":"%s",
						 "reason":"the shop answered from its own address without our reference"}
						""".formatted(reply.id(), silent.id())))
			.hasStatus(201)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.decidedBy").isEqualTo(TestCaller.USERNAME);
				assertThat(json).extractingPath("$.originalValue").isNull();
			});

		Measurement after = this.measurements.forProbe(silent.id()).orElseThrow();
		assertThat(after.answered()).isTrue();
		// INTERNALDATE has whole seconds: timed at the middle of its second, never before
		// the contact
		Instant contacted = this.probeRuns.get(silent.id()).contactedAt();
		Instant arrived = reply.receivedAt().plusMillis(500);
		assertThat(after.timeToFirstHumanReply())
			.isEqualTo(arrived.isBefore(contacted) ? Duration.ZERO : Duration.between(contacted, arrived));
		assertThat(verdict(silent.organisationId()).verdict()).as("answered within the hour").isEqualTo("COMPLIANT");
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(responseRate(
					this.reports.benchmark(this.campaign.id(), this.reports.runBenchmark(this.campaign.id()).run())))
				.as("one more of the six shops answered")
				.isCloseTo(rateBefore + 1.0 / 6, within(1e-9)));
		assertThat(this.mvc.get().uri("/api/review-queue?campaignId=" + this.campaign.id())).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].replyId")
			.asArray()
			.doesNotContain(reply.id().toString());
		assertThat(
				this.mvc.post().uri("/api/review-queue/decisions").contentType(MediaType.APPLICATION_JSON).content("""
						{"action":"DISMISS","replyId":"%s","reason":"twice"}
						""".formatted(reply.id())))
			.as("a reply decided on once")
			.hasStatus(400);
	}

	@Test
	void shouldKeepWhoWhenWhyAndTheOriginalOfACorrection() {
		ProbeSummary answered = this.probes.values()
			.stream()
			.filter((probe) -> !probe.organisationName().equals(SILENT))
			.filter((probe) -> this.measurements.forProbe(probe.id()).map(Measurement::answered).orElse(false))
			.findFirst()
			.orElseThrow();
		Measurement original = this.measurements.forProbe(answered.id()).orElseThrow();
		boolean flipped = !Boolean.TRUE.equals(original.resolved());
		assertThat(
				this.mvc.post().uri("/api/review-queue/decisions").contentType(MediaType.APPLICATION_JSON).content("""
						{"action":"CORRECT","probeId":"%s","field":"resolved","value":"%s",
						 "reason":"read by a consultant"}
						""".formatted(answered.id(), flipped)))
			.hasStatus(201);
		assertThat(this.measurements.forProbe(answered.id()).orElseThrow().resolved()).isEqualTo(flipped);
		assertThat(this.mvc.get().uri("/api/probes/" + answered.id() + "/decisions")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$[0].action").isEqualTo("CORRECT");
				assertThat(json).extractingPath("$[0].field").isEqualTo("resolved");
				assertThat(json).extractingPath("$[0].originalValue").isEqualTo(String.valueOf(original.resolved()));
				assertThat(json).extractingPath("$[0].newValue").isEqualTo(String.valueOf(flipped));
				assertThat(json).extractingPath("$[0].reason").isEqualTo("read by a consultant");
				assertThat(json).extractingPath("$[0].decidedBy").isEqualTo(TestCaller.USERNAME);
			});
		String kept = this.jdbc.sql("select original_measurement from review_decision where probe_id = ?")
			.param(answered.id())
			.query(String.class)
			.single();
		assertThat(kept).contains("\"resolved\":" + original.resolved());
	}

	@Test
	void shouldRefuseADecisionItCannotTakeNamingTheField() {
		ProbeSummary probe = this.probes.get(SILENT);
		assertThat(decide("""
				{"action":"CORRECT","probeId":"%s","field":"mood","value":"true","reason":"x"}
				""".formatted(probe.id()))).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("field");
		assertThat(decide("""
				{"action":"CORRECT","probeId":"%s","field":"timeToFirstHumanReplySeconds","value":"soon","reason":"x"}
				""".formatted(probe.id()))).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("value");
		assertThat(decide("""
				{"action":"CORRECT","probeId":"%s","field":"properWelcome","value":"true","reason":"x"}
				""".formatted(probe.id()))).as("a figure of a call on an e-mail")
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("field");
		assertThat(decide("""
				{"action":"NOT_CONTACTED","probeId":"%s","reason":"x"}
				""".formatted(probe.id()))).as("a measured probe needs no contact decision")
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("probeId");
		assertThat(decide("""
				{"action":"CONFIRM","probeId":"%s"}
				""".formatted(probe.id()))).as("every decision says why")
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("reason");
	}

	@Test
	void shouldJudgeAPeriodAcrossCampaigns() {
		ProbeSummary silent = this.probes.get(SILENT);
		Instant scored = this.measurements.forProbe(silent.id()).orElseThrow().scoredAt();
		assertThat(this.mvc.get()
			.uri("/api/verdicts?profile=" + PROFILE + "&from=" + scored.minusSeconds(600) + "&to="
					+ scored.plusSeconds(1)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.organisationId == '" + silent.organisationId() + "')].probes[*].probeId")
			.asArray()
			.contains(silent.id().toString());
		assertThat(this.mvc.get()
			.uri("/api/verdicts?profile=" + PROFILE + "&from=" + scored.plusSeconds(1) + "&to=" + scored))
			.as("a period that ends before it starts")
			.hasStatus(400);
	}

	@Test
	void shouldScoreEachShopsEmailWithTheWeightsTheCampaignSet() throws Exception {
		assertThat(this.mvc.put()
			.uri("/api/campaigns/" + this.campaign.id() + "/score-weights")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"responseRate\":0,\"withinNorm\":0,\"resolution\":0,\"languageQuality\":0}"))
			.as("nothing weighs")
			.hasStatus(400);
		assertThat(this.mvc.put()
			.uri("/api/campaigns/" + this.campaign.id() + "/score-weights")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"responseRate\":100,\"withinNorm\":0,\"resolution\":0,\"languageQuality\":-1}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("languageQuality");
		assertThat(this.mvc.put()
			.uri("/api/campaigns/" + this.campaign.id() + "/score-weights")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"responseRate\":100,\"withinNorm\":0,\"resolution\":0,\"languageQuality\":0}")).hasStatusOk();
		var scores = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(this.mvc.get()
				.uri("/api/campaigns/" + this.campaign.id() + "/composite-scores")
				.exchange()
				.getResponse()
				.getContentAsString());
		assertThat(scores.size()).as("six shops by e-mail").isEqualTo(6);
		for (var score : scores) {
			ProbeSummary probe = this.probes.get(score.get("organisationName").asString());
			if (probe.organisationName().equals(SILENT)) {
				continue; // another test attaches a reply to it
			}
			boolean answered = this.measurements.forProbe(probe.id()).orElseThrow().answered();
			assertThat(score.get("score").asDouble()).as("response rate alone, for %s", probe.organisationName())
				.isEqualTo(answered ? 100.0 : 0.0);
			assertThat(score.get("weightsUsed").get("responseRate").asDouble()).isEqualTo(100.0);
			assertThat(score.get("norm").asString()).isEqualTo("email-one-working-day/answered-within-one-working-day");
		}
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult decide(String json) {
		return this.mvc.post()
			.uri("/api/review-queue/decisions")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private VerdictView verdict(UUID organisationId) {
		return this.verdicts.judge(this.campaign.id(), PROFILE, null)
			.stream()
			.filter((verdict) -> verdict.organisationId().equals(organisationId))
			.findFirst()
			.orElseThrow();
	}

	private static double responseRate(SectorBenchmark benchmark) {
		return benchmark.figure("Handel", Channel.EMAIL, BenchmarkMetric.RESPONSE_RATE).orElseThrow().responseRate();
	}

	private void send(String from, String subject) throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
		message.setFrom(new InternetAddress(from));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(this.mailbox.address()));
		message.setSubject(subject);
		message.setText("Beste mevrouw De Vries, de behandeltermijn is zes weken. Met vriendelijke groet, Noah",
				"UTF-8");
		try (Transport transport = Session.getInstance(new Properties()).getTransport("smtp")) {
			transport.connect(this.mailbox.smtpHost(), this.mailbox.smtpPort(), null, null);
			transport.sendMessage(message, new InternetAddress[] { new InternetAddress(this.mailbox.address()) });
		}
	}

}
