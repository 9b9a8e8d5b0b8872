package nl.schaduwklant.probes.email;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import nl.schaduwklant.probes.MatchBasis;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The record of every message the watcher found in the mystery mailbox.
 */
class InboundMessages {

	private final JdbcClient jdbc;

	InboundMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean seen(String mailbox, long uidValidity, long uid, String sha256) {
		return this.jdbc.sql(
				"select count(*) from inbound_message where mailbox = ? and ((uid_validity = ? and uid = ?) or sha256 = ?)")
			.params(mailbox, uidValidity, uid, sha256)
			.query(Long.class)
			.single() > 0;
	}

	void add(InboundRecord record) {
		this.jdbc.sql("""
				insert into inbound_message (id, mailbox, uid_validity, uid, internal_date, processed_at, sha256,
				    size_bytes, message_id, from_address, subject, evidence_id, auto_reply, auto_reply_reasons, status,
				    probe_id, match_basis, detail)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(record.id(), record.mailbox(), record.uidValidity(), record.uid(), at(record.internalDate()),
					at(record.processedAt()), record.sha256(), record.size(), cut(record.messageId(), 1000),
					cut(record.fromAddress(), 400), cut(record.subject(), 1000), record.evidenceId(),
					record.autoReply(), cut(record.autoReplyReasons(), 2000), record.status().name(), record.probeId(),
					(record.matchBasis() != null) ? record.matchBasis().name() : null, cut(record.detail(), 2000))
			.update();
	}

	List<InboundRecord> withStatus(List<InboundStatus> statuses) {
		return this.jdbc
			.sql("select * from inbound_message where status in (:statuses) order by internal_date desc, uid desc")
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.query((rs, row) -> new InboundRecord(rs.getObject("id", UUID.class), rs.getString("mailbox"),
					rs.getLong("uid_validity"), rs.getLong("uid"),
					instant(rs.getObject("internal_date", OffsetDateTime.class)),
					instant(rs.getObject("processed_at", OffsetDateTime.class)), rs.getString("sha256").strip(),
					rs.getLong("size_bytes"), rs.getString("message_id"), rs.getString("from_address"),
					rs.getString("subject"), rs.getObject("evidence_id", UUID.class), rs.getBoolean("auto_reply"),
					rs.getString("auto_reply_reasons"), InboundStatus.valueOf(rs.getString("status")),
					rs.getObject("probe_id", UUID.class),
					(rs.getString("match_basis") != null) ? MatchBasis.valueOf(rs.getString("match_basis")) : null,
					rs.getString("detail")))
			.list();
	}

	private static OffsetDateTime at(Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

	private static Instant instant(OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

	private static String cut(String value, int max) {
		return (value != null && value.length() > max) ? value.substring(0, max) : value;
	}

}
