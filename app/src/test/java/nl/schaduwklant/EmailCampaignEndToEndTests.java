package nl.schaduwklant;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.probes.TimelineEventType;
import nl.schaduwklant.reports.BenchmarkMetric;
import nl.schaduwklant.reports.BenchmarkRun;
import nl.schaduwklant.reports.ReportLauncher;
import nl.schaduwklant.reports.SectorBenchmark;
import nl.schaduwklant.reports.SectorFigure;
import nl.schaduwklant.sandbox.GroundTruth;
import nl.schaduwklant.sandbox.ReplyTruth;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.PersonalService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A whole e-mail campaign against the sandbox's 22 simulated organisations, checked
 * against what they really did: every reply time within a second, the response rate
 * exact, automatic replies never counted as answers, the facts and the seeded language
 * errors found, and a benchmark that a re-run reproduces. Run on H2 and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EmailCampaignEndToEndTests {

	private static final Duration DEADLINE = Duration.ofSeconds(30);

	private static final Duration ONE_SECOND = Duration.ofSeconds(1);

	@Autowired
	private CampaignRunner runner;

	@Autowired
	private ProbeRuns probes;

	@Autowired
	private ReportLauncher reports;

	@Autowired
	private GroundTruth truth;

	@Autowired
	private MockMvcTester mvc;

	private CampaignDetails campaign;

	private List<ProbeSummary> probed;

	private Map<java.util.UUID, Measurement> measured;

	@BeforeAll
	void runCampaign() {
		this.campaign = this.runner.startWithEveryone("End to end " + getClass().getSimpleName(), DEADLINE);
		this.runner.awaitSettled(this.campaign, Duration.ofSeconds(120));
		this.probed = this.probes.byCampaign(this.campaign.id());
		this.measured = this.runner.measurementsByProbe(this.campaign);
	}

	@Test
	void shouldProbeEveryOrganisationWithEveryScenarioOnceAndScoreEveryProbe() {
		assertThat(this.campaign.plannedProbes()).isEqualTo(44);
		assertThat(this.probed).hasSize(44).allSatisfy((probe) -> {
			assertThat(probe.state()).isEqualTo(ProbeState.SCORED);
			assertThat(probe.attempts()).isEqualTo(1);
			assertThat(this.truth.forToken(probe.token())).as("the organisation received probe %s", probe.token())
				.isPresent();
		});
		assertThat(this.measured).hasSize(44);
	}

	@Test
	void shouldMeasureEveryReplyTimeWithinOneSecondOfWhatHappened() {
		for (ProbeSummary probe : this.probed) {
			ReplyTruth truth = truthOf(probe);
			Measurement measurement = this.measured.get(probe.id());
			if (truth.answered()) {
				assertThat(measurement.timeToFirstHumanReply())
					.as("time to reply of %s (%s)", truth.organisationKey(), probe.token())
					.isCloseTo(Duration.between(truth.receivedAt(), truth.answeredAt()), ONE_SECOND);
				assertThat(probe.firstHumanReplyAt()).isCloseTo(truth.answeredAt(), within(ONE_SECOND));
			}
			if (truth.acknowledgedAt() != null) {
				assertThat(measurement.timeToAutoAcknowledgement())
					.as("time to acknowledgement of %s", truth.organisationKey())
					.isCloseTo(Duration.between(truth.receivedAt(), truth.acknowledgedAt()), ONE_SECOND);
			}
			else {
				assertThat(measurement.timeToAutoAcknowledgement()).isNull();
			}
		}
	}

	@Test
	void shouldCountExactlyTheHumanAnswersAndNeverAnAutomaticReply() {
		for (ProbeSummary probe : this.probed) {
			ReplyTruth truth = truthOf(probe);
			Measurement measurement = this.measured.get(probe.id());
			assertThat(measurement.answered()).as("answered %s", truth.organisationKey()).isEqualTo(truth.answered());
			assertThat(probe.outcome()).isEqualTo(truth.answered() ? ProbeOutcome.RESPONDED : ProbeOutcome.NO_RESPONSE);
			boolean acknowledged = probe.timeline()
				.stream()
				.anyMatch((event) -> event.type() == TimelineEventType.AUTO_REPLY_RECEIVED);
			assertThat(acknowledged).as("acknowledgement of %s", truth.organisationKey())
				.isEqualTo(truth.acknowledgedAt() != null);
		}
		assertThat(this.probed).filteredOn((probe) -> truthOf(probe).acknowledgedAt() != null)
			.filteredOn((probe) -> !truthOf(probe).answered())
			.as("acknowledged but never answered")
			.isNotEmpty()
			.allSatisfy((probe) -> assertThat(probe.outcome()).isEqualTo(ProbeOutcome.NO_RESPONSE));
	}

	@Test
	void shouldMatchRepliesByThreadHeadersTokenAndSenderWithSubject() {
		Set<String> bases = this.probed.stream()
			.flatMap((probe) -> probe.timeline().stream())
			.filter((event) -> event.type() == TimelineEventType.HUMAN_REPLY_RECEIVED)
			.map((event) -> event.detail().replaceAll(".*matched by (\\w+).*", "$1"))
			.collect(Collectors.toSet());
		assertThat(bases).containsExactlyInAnyOrder("THREAD_HEADERS", "TOKEN", "SENDER_AND_SUBJECT");
	}

	@Test
	void shouldReportHowPersonalEachAnswerWasAndThatNoAddressBounced() {
		for (ProbeSummary probe : this.probed) {
			ReplyTruth truth = truthOf(probe);
			Measurement measurement = this.measured.get(probe.id());
			assertThat(measurement.addressBounced()).as("bounce of %s", truth.organisationKey()).isFalse();
			if (!truth.answered()) {
				assertThat(measurement.personal()).isNull();
				continue;
			}
			boolean threaded = probe.timeline()
				.stream()
				.filter((event) -> event.type() == TimelineEventType.HUMAN_REPLY_RECEIVED)
				.anyMatch((event) -> event.detail().contains("matched by THREAD_HEADERS"));
			String agent = SandboxCatalogue.organisation(truth.organisationKey()).orElseThrow().agent();
			// every simulated organisation greets "Beste mevrouw De Vries," and signs
			// with its agent
			assertThat(measurement.personal()).as("personal service of %s", truth.organisationKey())
				.isEqualTo(new PersonalService(true, true, agent, threaded));
		}
		assertThat(this.measured.values()).filteredOn(Measurement::answered)
			.extracting((measurement) -> measurement.personal().sameThread())
			.contains(true, false);
	}

	@Test
	void shouldFindExactlyTheFactsEachAnswerContains() {
		for (ProbeSummary probe : this.probed) {
			ReplyTruth truth = truthOf(probe);
			Measurement measurement = this.measured.get(probe.id());
			if (!truth.answered()) {
				assertThat(measurement.resolution()).isNull();
				continue;
			}
			assertThat(measurement.factsFound())
				.as("facts in the answer of %s (%s, %s)", truth.organisationKey(), truth.quality(), truth.client())
				.containsExactlyInAnyOrderElementsOf(truth.factsIncluded());
			int total = measurement.factsFound().size() + measurement.factsMissing().size();
			assertThat(measurement.resolution()).isCloseTo((double) truth.factsIncluded().size() / total, within(1e-9));
		}
	}

	@Test
	void shouldFindExactlyTheSeededLanguageErrors() {
		for (ProbeSummary probe : this.probed) {
			ReplyTruth truth = truthOf(probe);
			if (!truth.answered()) {
				continue;
			}
			SeededLanguageErrors.assertFoundExactly(this.measured.get(probe.id()).language().issues(),
					truth.injectedErrors(), truth.organisationKey() + " (" + truth.client() + ")");
		}
	}

	@Test
	void shouldServeEachMeasurementWithItsLanguageErrorsPerCategory() {
		ProbeSummary answered = this.probed.stream()
			.filter((probe) -> !truthOf(probe).injectedErrors().isEmpty())
			.findFirst()
			.orElseThrow();
		Measurement measurement = this.measured.get(answered.id());
		assertThat(this.mvc.get().uri("/api/probes/" + answered.id() + "/measurement")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.answered").isEqualTo(true);
				assertThat(json).extractingPath("$.language.errors").isEqualTo(measurement.language().errors());
				assertThat(json).extractingPath("$.language.errorsPer100Words")
					.asNumber()
					.satisfies((value) -> assertThat(value.doubleValue())
						.isCloseTo(measurement.language().errorsPer100Words(), within(1e-9)));
				assertThat(json).extractingPath("$.language.errorsPer100WordsByCategory.SPELLING").isNotNull();
				assertThat(json).extractingPath("$.timeToFirstHumanReply").asString().startsWith("PT");
			});
	}

	@Test
	void shouldBenchmarkExactResponseRatesPerSectorAndSuppressSmallSectors() {
		BenchmarkRun run = this.reports.runBenchmark(this.campaign.id());
		SectorBenchmark benchmark = this.reports.benchmark(this.campaign.id(), run.run());
		assertThat(run.facts()).isEqualTo(44);
		for (String sector : Set.of("Financials", "Handel", "IT/Telecom")) {
			List<ReplyTruth> truths = this.probed.stream()
				.filter((probe) -> probe.sector().equals(sector))
				.map(this::truthOf)
				.toList();
			double expected = (double) truths.stream().filter(ReplyTruth::answered).count() / truths.size();
			SectorFigure rate = benchmark.figure(sector, Channel.EMAIL, BenchmarkMetric.RESPONSE_RATE).orElseThrow();
			assertThat(rate.suppressed()).isFalse();
			assertThat(rate.organisations()).isEqualTo(6);
			assertThat(rate.responseRate()).isCloseTo(expected, within(1e-12));
		}
		assertThat(benchmark.figures()).filteredOn((figure) -> figure.sector().equals("Lokale overheid"))
			.isNotEmpty()
			.allSatisfy((figure) -> {
				assertThat(figure.suppressed()).isTrue();
				assertThat(figure.mean()).isNull();
				assertThat(figure.responseRate()).isNull();
			});
	}

	@Test
	void shouldGiveIdenticalNumbersWhenTheBenchmarkIsRunAgain() {
		BenchmarkRun first = this.reports.runBenchmark(this.campaign.id());
		BenchmarkRun second = this.reports.runBenchmark(this.campaign.id());
		assertThat(second.run()).isGreaterThan(first.run());
		assertThat(second.factsSha256()).isEqualTo(first.factsSha256());
		SectorBenchmark a = this.reports.benchmark(this.campaign.id(), first.run());
		SectorBenchmark b = this.reports.benchmark(this.campaign.id(), second.run());
		assertThat(b.figures()).isEqualTo(a.figures()).isNotEmpty();
		assertThat(b.ranks()).isEqualTo(a.ranks()).isNotEmpty();
	}

	@Test
	void shouldNeverContactAnOrganisationTwiceForOneProbe() {
		Map<String, Long> receivedPerToken = this.truth.all()
			.stream()
			.filter((truth) -> this.probed.stream().anyMatch((probe) -> probe.token().equals(truth.token())))
			.collect(Collectors.groupingBy(ReplyTruth::token, Collectors.counting()));
		assertThat(receivedPerToken).hasSize(44).allSatisfy((token, count) -> assertThat(count).isEqualTo(1));
		assertThat(this.probed).allSatisfy((probe) -> assertThat(probe.timeline())
			.filteredOn((event) -> EnumSet.of(TimelineEventType.SENT, TimelineEventType.SENDING).contains(event.type()))
			.hasSize(2));
	}

	private ReplyTruth truthOf(ProbeSummary probe) {
		return this.truth.forToken(probe.token()).orElseThrow();
	}

}
