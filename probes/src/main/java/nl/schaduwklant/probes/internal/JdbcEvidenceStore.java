package nl.schaduwklant.probes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import nl.schaduwklant.probes.CapturedContent;
import nl.schaduwklant.probes.Evidence;
import nl.schaduwklant.probes.EvidenceKind;
import nl.schaduwklant.probes.EvidenceNotFound;
import nl.schaduwklant.probes.EvidenceRef;
import nl.schaduwklant.probes.EvidenceStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps evidence in the database, beside the probes it proves, with the SHA-256 of each
 * complete original.
 */
@Service
@Transactional
class JdbcEvidenceStore implements EvidenceStore {

	private static final String COLUMNS = "id, probe_id, kind, media_type, sha256, size_bytes, truncated, captured_at, "
			+ "content_deleted_at";

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcEvidenceStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public EvidenceRef store(UUID probeId, EvidenceKind kind, String mediaType, CapturedContent capture) {
		var ref = new EvidenceRef(UUID.randomUUID(), probeId, kind, mediaType, capture.sha256(), capture.size(),
				capture.truncated(), this.clock.instant());
		this.jdbc
			.sql("insert into evidence (id, probe_id, kind, media_type, sha256, size_bytes, truncated, captured_at,"
					+ " content) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(ref.id(), ref.probeId(), ref.kind().name(), ref.mediaType(), ref.sha256(), ref.size(),
					ref.truncated(), OffsetDateTime.ofInstant(ref.capturedAt(), ZoneOffset.UTC), capture.bytes())
			.update();
		return ref;
	}

	@Override
	@Transactional(readOnly = true)
	public Evidence load(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + ", content from evidence where id = ?")
			.param(id)
			.query((rs, row) -> new Evidence(ref(rs), rs.getBytes("content")))
			.optional()
			.orElseThrow(() -> new EvidenceNotFound(id));
	}

	@Override
	public void attach(UUID id, UUID probeId) {
		this.jdbc.sql("update evidence set probe_id = ? where id = ? and probe_id is null")
			.params(probeId, id)
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public List<EvidenceRef> forProbe(UUID probeId) {
		return this.jdbc.sql("select " + COLUMNS + " from evidence where probe_id = ? order by captured_at, id")
			.param(probeId)
			.query((rs, row) -> ref(rs))
			.list();
	}

	private static EvidenceRef ref(ResultSet rs) throws SQLException {
		return new EvidenceRef(rs.getObject("id", UUID.class), rs.getObject("probe_id", UUID.class),
				EvidenceKind.valueOf(rs.getString("kind")), rs.getString("media_type"), rs.getString("sha256").strip(),
				rs.getLong("size_bytes"), rs.getBoolean("truncated"),
				rs.getObject("captured_at", OffsetDateTime.class).toInstant(),
				(rs.getObject("content_deleted_at", OffsetDateTime.class) != null)
						? rs.getObject("content_deleted_at", OffsetDateTime.class).toInstant() : null);
	}

	@Override
	public int deleteContent(EvidenceKind kind, Instant capturedBefore) {
		return this.jdbc.sql("""
				update evidence set content = ?, content_deleted_at = ?
				where kind = ? and captured_at < ? and content_deleted_at is null
				""")
			.params(new byte[0], OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), kind.name(),
					OffsetDateTime.ofInstant(capturedBefore, ZoneOffset.UTC))
			.update();
	}

}
