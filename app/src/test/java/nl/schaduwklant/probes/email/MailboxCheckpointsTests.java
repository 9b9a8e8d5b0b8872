package nl.schaduwklant.probes.email;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mailbox checkpoints on H2 (PostgreSQL mode, as the application runs it) and on the
 * real PostgreSQL server (127.0.0.1:5432), each in a throwaway database with the probes
 * migrations.
 */
class MailboxCheckpointsTests {

	private static final String MAILBOX = "marieke.devries@schaduwklant.test@imap.schaduwklant.test:993";

	private static final Instant FIRST_SCAN = Instant.parse("2026-03-02T09:15:30Z");

	private static final Instant SECOND_SCAN = Instant.parse("2026-03-02T09:20:30Z");

	@ParameterizedTest(name = "{0}")
	@EnumSource(Database.class)
	void shouldStartOverWhenTheUidValidityChangesWithoutNewMail(Database database) {
		try (Throwaway db = database.create()) {
			var checkpoints = new MailboxCheckpoints(db.jdbc());
			checkpoints.processed(MAILBOX, "INBOX", 1, 5);
			checkpoints.scanned(MAILBOX, "INBOX", 1, FIRST_SCAN);
			checkpoints.scanned(MAILBOX, "INBOX", 2, SECOND_SCAN);
			assertThat(checkpoints.lastUid(MAILBOX, "INBOX", 2)).isZero();
			assertThat(checkpoints.scannedUntil(MAILBOX, "INBOX")).hasValue(SECOND_SCAN);
			checkpoints.processed(MAILBOX, "INBOX", 2, 1);
			assertThat(checkpoints.lastUid(MAILBOX, "INBOX", 2)).isEqualTo(1);
			assertThat(checkpoints.lastUid(MAILBOX, "INBOX", 1)).isZero();
		}
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Database.class)
	void shouldKeepTheLastUidWhenAScanIsRecordedAgain(Database database) {
		try (Throwaway db = database.create()) {
			var checkpoints = new MailboxCheckpoints(db.jdbc());
			checkpoints.processed(MAILBOX, "INBOX", 7, 3);
			checkpoints.scanned(MAILBOX, "INBOX", 7, FIRST_SCAN);
			checkpoints.scanned(MAILBOX, "INBOX", 7, SECOND_SCAN);
			assertThat(checkpoints.lastUid(MAILBOX, "INBOX", 7)).isEqualTo(3);
			assertThat(checkpoints.scannedUntil(MAILBOX, "INBOX")).hasValue(SECOND_SCAN);
		}
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Database.class)
	void shouldRecordAFirstScanOfAnEmptyFolderAndThenItsMessages(Database database) {
		try (Throwaway db = database.create()) {
			var checkpoints = new MailboxCheckpoints(db.jdbc());
			assertThat(checkpoints.scannedUntil(MAILBOX, "INBOX")).isEmpty();
			checkpoints.scanned(MAILBOX, "INBOX", 7, FIRST_SCAN);
			assertThat(checkpoints.lastUid(MAILBOX, "INBOX", 7)).isZero();
			checkpoints.processed(MAILBOX, "INBOX", 7, 1);
			checkpoints.processed(MAILBOX, "INBOX", 7, 2);
			assertThat(checkpoints.lastUid(MAILBOX, "INBOX", 7)).isEqualTo(2);
			assertThat(checkpoints.scannedUntil(MAILBOX, "INBOX")).hasValue(FIRST_SCAN);
			assertThat(checkpoints.scannedUntil(MAILBOX, "Archief")).isEmpty();
		}
	}

	/**
	 * A database made for one test and removed after it.
	 */
	record Throwaway(JdbcClient jdbc, Runnable removal) implements AutoCloseable {

		static Throwaway migrated(DataSource dataSource, Runnable removal) {
			Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/probes").load().migrate();
			return new Throwaway(JdbcClient.create(dataSource), removal);
		}

		@Override
		public void close() {
			this.removal.run();
		}

	}

	enum Database {

		H2 {
			@Override
			Throwaway create() {
				String url = "jdbc:h2:mem:checkpoints-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
				var dataSource = new DriverManagerDataSource(url, "sa", "");
				return Throwaway.migrated(dataSource, () -> JdbcClient.create(dataSource).sql("shutdown").update());
			}
		},

		POSTGRESQL {
			@Override
			Throwaway create() {
				String name = "checkpoints_" + UUID.randomUUID().toString().replace("-", "");
				onServer("create database " + name);
				var dataSource = new DriverManagerDataSource(SERVER + name, "postgres", "");
				return Throwaway.migrated(dataSource,
						() -> onServer("drop database if exists " + name + " with (force)"));
			}
		};

		private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

		abstract Throwaway create();

		private static void onServer(String statement) {
			try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
					var sql = connection.createStatement()) {
				sql.execute(statement);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(
						"Cannot run '" + statement + "' on PostgreSQL (is it running on 127.0.0.1:5432?)", ex);
			}
		}

	}

}
