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

	/**
	 * Records that a message was processed.
	 * @param mailbox the mailbox key
	 * @param folder the folder
	 * @param uidValidity the folder's current UIDVALIDITY
	 * @param uid the UID of the message
	 */
	void processed(String mailbox, String folder, long uidValidity, long uid) {
		ensureRow(mailbox, folder, uidValidity);
		this.jdbc.sql("update mailbox_checkpoint set uid_validity = ?, last_uid = ? where mailbox = ? and folder = ?")
			.params(uidValidity, uid, mailbox, folder)
			.update();
	}

	/**
	 * Records that every message in the folder up to an instant has been seen. After a
	 * UIDVALIDITY change the last UID starts over at 0.
	 * @param mailbox the mailbox key
	 * @param folder the folder
	 * @param uidValidity the folder's current UIDVALIDITY
	 * @param until the instant the complete pass started
	 */
	void scanned(String mailbox, String folder, long uidValidity, Instant until) {
		ensureRow(mailbox, folder, uidValidity);
		this.jdbc.sql("""
				update mailbox_checkpoint
				set last_uid = case when uid_validity = ? then last_uid else 0 end, uid_validity = ?, scanned_until = ?
				where mailbox = ? and folder = ?
				""")
			.params(uidValidity, uidValidity, OffsetDateTime.ofInstant(until, ZoneOffset.UTC), mailbox, folder)
			.update();
	}

	/**
	 * Makes sure the folder has a row to update, also when another node adds one at the
	 * same time ({@code on conflict do nothing} works on PostgreSQL and on H2 in
	 * PostgreSQL mode).
	 */
	private void ensureRow(String mailbox, String folder, long uidValidity) {
		this.jdbc.sql("""
				insert into mailbox_checkpoint (mailbox, folder, uid_validity, last_uid) values (?, ?, ?, 0)
				on conflict do nothing
				""").params(mailbox, folder, uidValidity).update();
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
