package nl.schaduwklant.reports.batch;

import java.util.UUID;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes group benchmarks, replacing what an interrupted attempt of the same run may have
 * left.
 */
class GroupBenchmarkWriter implements ItemWriter<GroupBenchmark> {

	private final BenchmarkStore store;

	private final UUID campaignId;

	private final long run;

	GroupBenchmarkWriter(BenchmarkStore store, UUID campaignId, long run) {
		this.store = store;
		this.campaignId = campaignId;
		this.run = run;
	}

	@Override
	public void write(Chunk<? extends GroupBenchmark> groups) {
		groups.forEach((group) -> this.store.write(this.campaignId, this.run, group));
	}

}
