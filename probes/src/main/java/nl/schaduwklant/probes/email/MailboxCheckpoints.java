package nl.schaduwklant.probes.email;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far the mailbox watcher got: the last UID it processed per folder (valid for one
 * UIDVALIDITY), and the instant up to which every message in the folder has been seen.
 */
@Transactional
class MailboxCheckpoints {

	private final JdbcClient jdbc;

	MailboxCheckpoints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param mailbox the mailbox key
	 * @param folder the folder
	 * @param uidValidity the folder's current UIDVALIDITY
	 * @return the last UID processed, or 0 when none (or when the UIDVALIDITY changed)
	 */
	long lastUid(String mailbox, String folder, long uidValidity) {
		return this.jdbc.sql("select uid_validity, last_uid from mailbox_checkpoint where mailbox = ? and folder = ?")
			.params(mailbox, folder)
			.query((rs, row) -> (rs.getLong("uid_validity") == uidValidity) ? rs.getLong("last_uid") : 0L)
			.optional()
			.orElse(0L);
	}

	void processed(String mailbox, String folder, long uidValidity, long uid) {
		int updated = this.jdbc
			.sql("update mailbox_checkpoint set uid_validity = ?, last_uid = ? where mailbox = ? and folder = ?")
			.params(uidValidity, uid, mailbox, folder)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into mailbox_checkpoint (mailbox, folder, uid_validity, last_uid) values (?, ?, ?, ?)")
				.params(mailbox, folder, uidValidity, uid)
				.update();
		}
	}

	void scanned(String mailbox, String folder, long uidValidity, Instant until) {
		OffsetDateTime at = OffsetDateTime.ofInstant(until, ZoneOffset.UTC);
		int updated = this.jdbc.sql(
				"update mailbox_checkpoint set scanned_until = ? where mailbox = ? and folder = ? and uid_validity = ?")
			.params(at, mailbox, folder, uidValidity)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into mailbox_checkpoint (mailbox, folder, uid_validity, last_uid, scanned_until) "
						+ "values (?, ?, ?, 0, ?)")
				.params(mailbox, folder, uidValidity, at)
				.update();
		}
	}

	@Transactional(readOnly = true)
	Optional<Instant> scannedUntil(String mailbox, String folder) {
		return this.jdbc.sql("select scanned_until from mailbox_checkpoint where mailbox = ? and folder = ?")
			.params(mailbox, folder)
			.query((rs, row) -> Optional.ofNullable(rs.getObject("scanned_until", OffsetDateTime.class)))
			.optional()
			.flatMap((at) -> at.map(OffsetDateTime::toInstant));
	}

}
