package nl.schaduwklant.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schaduwklant.access.Role;
import nl.schaduwklant.access.UserAccount;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code user_account} table: one statement per call, each atomic on its own (the
 * password is hashed before, outside any transaction).
 */
@Repository
class UserAccountTable {

	private static final String COLUMNS = "username, role, organisation_id, enabled, created_at, created_by";

	private final JdbcClient jdbc;

	UserAccountTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException when the name is taken
	 */
	void insert(UserAccount account, String passwordHash) {
		this.jdbc
			.sql("insert into user_account (username, password_hash, role, organisation_id, enabled, created_at,"
					+ " created_by) values (?, ?, ?, ?, ?, ?, ?)")
			.params(account.username(), passwordHash, account.role().name(), account.organisationId(),
					account.enabled(), utc(account.createdAt()), account.createdBy())
			.update();
	}

	int replace(String username, String passwordHash, Role role, UUID organisationId, Instant at, String by) {
		return this.jdbc
			.sql("update user_account set password_hash = ?, role = ?, organisation_id = ?, enabled = true,"
					+ " changed_at = ?, changed_by = ? where username = ?")
			.params(passwordHash, role.name(), organisationId, utc(at), by, username)
			.update();
	}

	int disable(String username, Instant at, String by) {
		return this.jdbc
			.sql("update user_account set enabled = false, changed_at = ?, changed_by = ? where username = ?")
			.params(utc(at), by, username)
			.update();
	}

	Optional<UserAccount> find(String username) {
		return this.jdbc.sql("select " + COLUMNS + " from user_account where username = ?")
			.param(username)
			.query((rs, row) -> account(rs))
			.optional();
	}

	Optional<String> passwordHash(String username) {
		return this.jdbc.sql("select password_hash from user_account where username = ?")
			.param(username)
			.query(String.class)
			.optional();
	}

	List<UserAccount> list() {
		return this.jdbc.sql("select " + COLUMNS + " from user_account order by username")
			.query((rs, row) -> account(rs))
			.list();
	}

	boolean hasEnabled(Role role) {
		return enabledCount(role) > 0;
	}

	long enabledCount(Role role) {
		return this.jdbc.sql("select count(*) from user_account where role = ? and enabled = true")
			.param(role.name())
			.query(Long.class)
			.single();
	}

	private static UserAccount account(ResultSet rs) throws SQLException {
		return new UserAccount(rs.getString("username"), Role.valueOf(rs.getString("role")),
				rs.getObject("organisation_id", UUID.class), rs.getBoolean("enabled"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
