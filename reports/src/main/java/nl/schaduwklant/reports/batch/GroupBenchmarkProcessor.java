package nl.schaduwklant.reports.batch;

import java.util.UUID;

import nl.schaduwklant.reports.projection.ReportFacts;
import nl.schaduwklant.scheduler.Channel;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Computes the benchmark of one channel of the partition's sector.
 */
class GroupBenchmarkProcessor implements ItemProcessor<Channel, GroupBenchmark> {

	private final ReportFacts facts;

	private final GroupBenchmarkCalculator calculator;

	private final UUID campaignId;

	private final String sector;

	GroupBenchmarkProcessor(ReportFacts facts, GroupBenchmarkCalculator calculator, UUID campaignId, String sector) {
		this.facts = facts;
		this.calculator = calculator;
		this.campaignId = campaignId;
		this.sector = sector;
	}

	@Override
	public GroupBenchmark process(Channel channel) {
		return this.calculator.calculate(this.sector, channel,
				this.facts.forGroup(this.campaignId, this.sector, channel));
	}

}
