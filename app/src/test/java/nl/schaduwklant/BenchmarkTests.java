package nl.schaduwklant;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import java.util.UUID;

import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.reports.BenchmarkMetric;
import nl.schaduwklant.reports.BenchmarkRun;
import nl.schaduwklant.reports.ReportLauncher;
import nl.schaduwklant.reports.SectorBenchmark;
import nl.schaduwklant.reports.SectorFigure;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.LanguageFindings;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.ProbeScored;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The sector benchmark job over measurements handed to reports as events: its figures,
 * the API that runs it and the downloads.
 */
@SchaduwklantTest
class BenchmarkTests {

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private ReportLauncher reports;

	@Autowired
	private JobOperator jobOperator;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private Job sectorBenchmarkJob;

	@Autowired
	private MockMvcTester mvc;

	private UUID campaign;

	@BeforeEach
	void measureTwoSectors() {
		this.campaign = UUID.randomUUID();
		List<Measurement> measurements = new java.util.ArrayList<>();
		// six banks: answered in 10..60 s, the sixth never; two municipalities
		for (int i = 1; i <= 6; i++) {
			measurements.add(measurement("Financiële dienstverlening", "Bank " + i, i < 6, 10.0 * i));
		}
		measurements.add(measurement("Lokale overheid", "Gemeente A", true, 100));
		measurements.add(measurement("Lokale overheid", "Gemeente B", false, 0));
		this.transactions.executeWithoutResult((status) -> measurements
			.forEach((measurement) -> this.events.publishEvent(new ProbeScored(measurement))));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.reports.runBenchmark(this.campaign).facts() == measurements.size());
	}

	@Test
	void shouldRunTheJobWithTheCampaignAndRunAsIdentifyingParameters() throws Exception {
		var utils = new JobOperatorTestUtils(this.jobOperator, this.jobRepository);
		utils.setJob(this.sectorBenchmarkJob);
		JobExecution execution = utils
			.startJob(new JobParametersBuilder().addString("campaignId", this.campaign.toString())
				.addLong("run", 1000L)
				.toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(execution.getStepExecutions()).extracting((step) -> step.getStepName())
			.contains("openRun", "sectorFigures", "closeRun", "sectorFiguresOfOneSector:sector:Lokale overheid",
					"sectorFiguresOfOneSector:sector:Financiële dienstverlening");

		SectorBenchmark benchmark = this.reports.benchmark(this.campaign, 1000L);
		SectorFigure time = benchmark
			.figure("Financiële dienstverlening", Channel.EMAIL, BenchmarkMetric.TIME_TO_FIRST_HUMAN_REPLY)
			.orElseThrow();
		assertThat(time.organisations()).isEqualTo(5);
		assertThat(time.median()).isCloseTo(30.0, within(1e-9));
		assertThat(time.p90()).isCloseTo(46.0, within(1e-9));
		SectorFigure rate = benchmark.figure("Financiële dienstverlening", Channel.EMAIL, BenchmarkMetric.RESPONSE_RATE)
			.orElseThrow();
		assertThat(rate.responseRate()).isCloseTo(5.0 / 6, within(1e-12));
		assertThat(benchmark.figure("Lokale overheid", Channel.EMAIL, BenchmarkMetric.RESPONSE_RATE)
			.orElseThrow()
			.suppressed()).isTrue();
	}

	@Test
	void shouldRunAndServeTheBenchmarkOverTheApi() {
		MvcTestResult run = this.mvc.post().uri("/api/campaigns/" + this.campaign + "/benchmark/runs").exchange();
		assertThat(run).hasStatus(201);
		assertThat(run).bodyJson().extractingPath("$.facts").isEqualTo(8);
		assertThat(this.mvc.get().uri("/api/campaigns/" + this.campaign + "/benchmark")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.figures")
			.asArray()
			.hasSize(2 * BenchmarkMetric.of(Channel.EMAIL).size());
	}

	@Test
	void shouldDownloadCsvThatExcelOpensWithDutchSettings() {
		MvcTestResult csv = this.mvc.get().uri("/api/campaigns/" + this.campaign + "/benchmark/sectors.csv").exchange();
		assertThat(csv).hasStatusOk();
		assertThat(csv).headers()
			.hasValue(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"benchmark-" + this.campaign + "-sectors.csv\"");
		byte[] bytes = csv.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).contains("Branche;Kanaal;Meetwaarde")
			.contains(
					"Financiële dienstverlening;E-mail;Tijd tot eerste persoonlijke reactie;seconden;5;5;83,33;30;30;20;40;46;")
			.contains("Lokale overheid;E-mail;Responspercentage;%;2;2;;;;;;;ja: minder dan 5 organisaties");

		String english = new String(this.mvc.get()
			.uri("/api/campaigns/" + this.campaign + "/benchmark/organisations.csv")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(english).contains("Sector,Channel,Metric,Unit,Organisation,Probes,Value,Rank,Percentile,Of")
			.contains("Bank 1,1,10,1,100,5");
	}

	private Measurement measurement(String sector, String organisation, boolean answered, double seconds) {
		Duration time = answered ? Duration.ofMillis((long) (seconds * 1000)) : null;
		return new Measurement(UUID.randomUUID(), this.campaign, UUID.nameUUIDFromBytes(organisation.getBytes()),
				organisation, sector, Channel.EMAIL, UUID.randomUUID(),
				answered ? ProbeOutcome.RESPONDED : ProbeOutcome.NO_RESPONSE, answered, time, time, null, null, null,
				null, answered ? new LanguageFindings("nl-NL", 50, List.of(), 0) : null, answered ? 1.0 : null,
				answered ? true : null, List.of(), List.of(), Instant.now());
	}

}
