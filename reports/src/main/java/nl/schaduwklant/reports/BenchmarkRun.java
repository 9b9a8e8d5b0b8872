package nl.schaduwklant.reports;

import java.time.Instant;
import java.util.UUID;

/**
 * One run of the sector benchmark job for a campaign.
 *
 * @param campaignId the campaign
 * @param run the run number, from 1
 * @param status the job's status
 * @param startedAt when it started
 * @param completedAt when it completed
 * @param facts how many measured probes it was computed from
 * @param factsSha256 the SHA-256 of those facts: two runs with the same hash were
 * computed from the same data
 */
public record BenchmarkRun(UUID campaignId, long run, String status, Instant startedAt, Instant completedAt, int facts,
		String factsSha256) {
}
