package nl.schaduwklant.reports.batch;

import nl.schaduwklant.reports.ReportsProperties;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schaduwklant.reports.projection.ReportFacts;
import nl.schaduwklant.scheduler.Channel;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The sector benchmark job: {@code openRun} records which facts the run is computed from,
 * {@code sectorFigures} computes each sector's figures (partitioned by sector, one chunk
 * per channel, so a failed run restarts where it stopped), {@code closeRun} marks the run
 * complete. Identified by the campaign and the run number.
 */
@Configuration(proxyBeanMethods = false)
class SectorBenchmarkJobConfiguration {

	static final String JOB_NAME = "sectorBenchmark";

	static final String CAMPAIGN = "campaignId";

	static final String RUN = "run";

	private static final String SECTOR = "sector";

	@Bean
	Job sectorBenchmarkJob(JobRepository jobs, Step openRun, Step sectorFigures, Step closeRun) {
		return new JobBuilder(JOB_NAME, jobs).start(openRun).next(sectorFigures).next(closeRun).build();
	}

	@Bean
	Step openRun(JobRepository jobs, PlatformTransactionManager transactions, ReportFacts facts, BenchmarkStore store,
			Clock clock) {
		return new StepBuilder("openRun", jobs).tasklet((contribution, context) -> {
			Map<String, Object> parameters = context.getStepContext().getJobParameters();
			UUID campaignId = UUID.fromString((String) parameters.get(CAMPAIGN));
			ReportFacts.Fingerprint fingerprint = facts.fingerprint(campaignId);
			store.open(campaignId, (Long) parameters.get(RUN), clock.instant(), fingerprint.facts(),
					fingerprint.sha256());
			return RepeatStatus.FINISHED;
		}, transactions).build();
	}

	@Bean
	Step sectorFigures(JobRepository jobs, Partitioner sectorPartitioner, Step sectorFiguresOfOneSector) {
		return new StepBuilder("sectorFigures", jobs).partitioner("sectorFiguresOfOneSector", sectorPartitioner)
			.step(sectorFiguresOfOneSector)
			.build();
	}

	@Bean
	@StepScope
	Partitioner sectorPartitioner(ReportFacts facts, @Value("#{jobParameters['campaignId']}") String campaignId) {
		return (gridSize) -> {
			Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
			for (String sector : facts.sectors(UUID.fromString(campaignId))) {
				var context = new ExecutionContext();
				context.putString(SECTOR, sector);
				partitions.put("sector:" + sector, context);
			}
			return partitions;
		};
	}

	@Bean
	Step sectorFiguresOfOneSector(JobRepository jobs, PlatformTransactionManager transactions,
			ListItemReader<Channel> channelsOfSector, GroupBenchmarkProcessor groupBenchmarkProcessor,
			GroupBenchmarkWriter groupBenchmarkWriter) {
		return new StepBuilder("sectorFiguresOfOneSector", jobs).<Channel, GroupBenchmark>chunk(1, transactions)
			.reader(channelsOfSector)
			.processor(groupBenchmarkProcessor)
			.writer(groupBenchmarkWriter)
			.build();
	}

	@Bean
	@StepScope
	ListItemReader<Channel> channelsOfSector(ReportFacts facts,
			@Value("#{jobParameters['campaignId']}") String campaignId,
			@Value("#{stepExecutionContext['sector']}") String sector) {
		List<Channel> channels = facts.channels(UUID.fromString(campaignId), sector);
		return new ListItemReader<>(channels);
	}

	@Bean
	@StepScope
	GroupBenchmarkProcessor groupBenchmarkProcessor(ReportFacts facts, ReportsProperties properties,
			@Value("#{jobParameters['campaignId']}") String campaignId,
			@Value("#{stepExecutionContext['sector']}") String sector) {
		return new GroupBenchmarkProcessor(facts, new GroupBenchmarkCalculator(properties.minimumOrganisations()),
				UUID.fromString(campaignId), sector);
	}

	@Bean
	@StepScope
	GroupBenchmarkWriter groupBenchmarkWriter(BenchmarkStore store,
			@Value("#{jobParameters['campaignId']}") String campaignId, @Value("#{jobParameters['run']}") Long run) {
		return new GroupBenchmarkWriter(store, UUID.fromString(campaignId), run);
	}

	@Bean
	Step closeRun(JobRepository jobs, PlatformTransactionManager transactions, BenchmarkStore store, Clock clock) {
		return new StepBuilder("closeRun", jobs).tasklet((contribution, context) -> {
			Map<String, Object> parameters = context.getStepContext().getJobParameters();
			store.complete(UUID.fromString((String) parameters.get(CAMPAIGN)), (Long) parameters.get(RUN),
					clock.instant());
			return RepeatStatus.FINISHED;
		}, transactions).build();
	}

}
