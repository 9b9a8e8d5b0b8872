package nl.schaduwklant.scoring.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schaduwklant.scoring.review.ReviewAction;
import nl.schaduwklant.scoring.review.ReviewOutcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code review_decision} table: every decision taken on the review queue, never
 * changed afterwards.
 */
@Repository
class ReviewDecisionStore {

	private final JdbcClient jdbc;

	ReviewDecisionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException when the reply, or the
	 * probe's contact, was decided on already (two consultants at once)
	 */
	void add(ReviewOutcome outcome, String originalMeasurement) {
		this.jdbc
			.sql("insert into review_decision (id, action, probe_id, reply_id, field, original_value, new_value,"
					+ " reason, decided_by, decided_at, original_measurement, settled_reply_id, settled_probe_id)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(outcome.id(), outcome.action().name(), outcome.probeId(), outcome.replyId(), outcome.field(),
					outcome.originalValue(), outcome.newValue(), outcome.reason(), outcome.decidedBy(),
					OffsetDateTime.ofInstant(outcome.decidedAt(), ZoneOffset.UTC), originalMeasurement,
					outcome.replyId(), settlesProbe(outcome.action()) ? outcome.probeId() : null)
			.update();
	}

	private static boolean settlesProbe(ReviewAction action) {
		return action == ReviewAction.CONTACTED || action == ReviewAction.NOT_CONTACTED;
	}

	List<ReviewOutcome> forProbe(UUID probeId) {
		return this.jdbc.sql("select * from review_decision where probe_id = ? order by decided_at, id")
			.param(probeId)
			.query((rs, row) -> new ReviewOutcome(rs.getObject("id", UUID.class),
					ReviewAction.valueOf(rs.getString("action")), rs.getObject("probe_id", UUID.class),
					rs.getObject("reply_id", UUID.class), rs.getString("field"), rs.getString("original_value"),
					rs.getString("new_value"), rs.getString("reason"), rs.getString("decided_by"),
					rs.getObject("decided_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * @return the probes decided on, and the replies
	 */
	Set<UUID> decided() {
		List<UUID> probes = this.jdbc.sql("select probe_id from review_decision where probe_id is not null")
			.query(UUID.class)
			.list();
		List<UUID> replies = this.jdbc.sql("select reply_id from review_decision where reply_id is not null")
			.query(UUID.class)
			.list();
		Set<UUID> decided = new java.util.HashSet<>(probes);
		decided.addAll(replies);
		return decided;
	}

	/**
	 * @return the probes decided not to have contacted anyone
	 */
	Set<UUID> notContacted() {
		return Set.copyOf(this.jdbc.sql("select probe_id from review_decision where action = ?")
			.param(ReviewAction.NOT_CONTACTED.name())
			.query(UUID.class)
			.list());
	}

}
