package nl.schaduwklant.reports.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schaduwklant.reports.BenchmarkMetric;
import nl.schaduwklant.reports.BenchmarkRun;
import nl.schaduwklant.reports.OrganisationRank;
import nl.schaduwklant.reports.SectorFigure;
import nl.schaduwklant.scheduler.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores benchmark runs and what they computed.
 */
@Repository
@Transactional
public class BenchmarkStore {

	private final JdbcClient jdbc;

	BenchmarkStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public long nextRun(UUID campaignId) {
		return this.jdbc.sql("select coalesce(max(run_no), 0) + 1 from benchmark_run where campaign_id = ?")
			.param(campaignId)
			.query(Long.class)
			.single();
	}

	void open(UUID campaignId, long run, Instant startedAt, int facts, String sha256) {
		this.jdbc.sql("delete from benchmark_run where campaign_id = ? and run_no = ?")
			.params(campaignId, run)
			.update();
		this.jdbc.sql("""
				insert into benchmark_run (campaign_id, run_no, status, started_at, facts, facts_sha256)
				values (?, ?, 'STARTED', ?, ?, ?)
				""").params(campaignId, run, at(startedAt), facts, sha256).update();
	}

	void complete(UUID campaignId, long run, Instant completedAt) {
		this.jdbc
			.sql("update benchmark_run set status = 'COMPLETED', completed_at = ? where campaign_id = ? and run_no = ?")
			.params(at(completedAt), campaignId, run)
			.update();
	}

	void write(UUID campaignId, long run, GroupBenchmark group) {
		this.jdbc
			.sql("delete from benchmark_figure where campaign_id = ? and run_no = ? and sector = ? and channel = ?")
			.params(campaignId, run, group.sector(), group.channel().name())
			.update();
		this.jdbc.sql("delete from benchmark_rank where campaign_id = ? and run_no = ? and sector = ? and channel = ?")
			.params(campaignId, run, group.sector(), group.channel().name())
			.update();
		for (SectorFigure figure : group.figures()) {
			this.jdbc.sql("""
					insert into benchmark_figure (campaign_id, run_no, sector, channel, metric, organisations, probes,
					    response_rate, mean_value, median_value, p25, p75, p90, suppressed)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(campaignId, run, figure.sector(), figure.channel().name(), figure.metric().name(),
						figure.organisations(), figure.probes(), figure.responseRate(), figure.mean(), figure.median(),
						figure.p25(), figure.p75(), figure.p90(), figure.suppressed())
				.update();
		}
		for (OrganisationRank rank : group.ranks()) {
			this.jdbc.sql("""
					insert into benchmark_rank (campaign_id, run_no, sector, channel, metric, organisation_id,
					    organisation_name, probes, metric_value, rank_no, percentile, ranked_of)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(campaignId, run, rank.sector(), rank.channel().name(), rank.metric().name(),
						rank.organisationId(), rank.organisationName(), rank.probes(), rank.value(), rank.rank(),
						rank.percentile(), rank.of())
				.update();
		}
	}

	@Transactional(readOnly = true)
	public Optional<BenchmarkRun> run(UUID campaignId, long run) {
		return this.jdbc.sql("select * from benchmark_run where campaign_id = ? and run_no = ?")
			.params(campaignId, run)
			.query((rs, row) -> run(rs))
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<BenchmarkRun> latestCompleted(UUID campaignId) {
		return this.jdbc
			.sql("select * from benchmark_run where campaign_id = ? and status = 'COMPLETED' order by run_no desc")
			.param(campaignId)
			.query((rs, row) -> run(rs))
			.list()
			.stream()
			.findFirst();
	}

	@Transactional(readOnly = true)
	public List<SectorFigure> figures(UUID campaignId, long run) {
		return this.jdbc
			.sql("select * from benchmark_figure where campaign_id = ? and run_no = ? order by sector, channel, metric")
			.params(campaignId, run)
			.query((rs, row) -> new SectorFigure(rs.getString("sector"), Channel.valueOf(rs.getString("channel")),
					BenchmarkMetric.valueOf(rs.getString("metric")), rs.getInt("organisations"), rs.getInt("probes"),
					number(rs, "response_rate"), number(rs, "mean_value"), number(rs, "median_value"),
					number(rs, "p25"), number(rs, "p75"), number(rs, "p90"), rs.getBoolean("suppressed")))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(SectorFigure::sector)
				.thenComparing(SectorFigure::channel)
				.thenComparing(SectorFigure::metric))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<OrganisationRank> ranks(UUID campaignId, long run) {
		return this.jdbc.sql("select * from benchmark_rank where campaign_id = ? and run_no = ?")
			.params(campaignId, run)
			.query((rs, row) -> new OrganisationRank(rs.getString("sector"), Channel.valueOf(rs.getString("channel")),
					BenchmarkMetric.valueOf(rs.getString("metric")), rs.getObject("organisation_id", UUID.class),
					rs.getString("organisation_name"), rs.getInt("probes"), rs.getDouble("metric_value"),
					integer(rs, "rank_no"), number(rs, "percentile"), rs.getInt("ranked_of")))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(OrganisationRank::sector)
				.thenComparing(OrganisationRank::channel)
				.thenComparing(OrganisationRank::metric)
				.thenComparing((OrganisationRank rank) -> (rank.rank() != null) ? rank.rank() : Integer.MAX_VALUE)
				.thenComparing(OrganisationRank::organisationName))
			.toList();
	}

	private static BenchmarkRun run(ResultSet rs) throws SQLException {
		OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
		return new BenchmarkRun(rs.getObject("campaign_id", UUID.class), rs.getLong("run_no"), rs.getString("status"),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(),
				(completed != null) ? completed.toInstant() : null, rs.getInt("facts"),
				rs.getString("facts_sha256").strip());
	}

	private static Double number(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
