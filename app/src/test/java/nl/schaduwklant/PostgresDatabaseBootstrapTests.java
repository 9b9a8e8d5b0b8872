package nl.schaduwklant;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The postgres profile creates its database when it is missing.
 */
class PostgresDatabaseBootstrapTests {

	private static final String DATABASE = "schaduwklant_bootstrap_test";

	@Test
	void shouldCreateTheDatabaseOnlyWhenItIsMissing() throws SQLException {
		execute("drop database if exists " + DATABASE + " with (force)");
		assertThat(exists()).isFalse();
		PostgresDatabaseBootstrap.createIfMissing("127.0.0.1:5432", DATABASE, "postgres", "");
		assertThat(exists()).isTrue();
		PostgresDatabaseBootstrap.createIfMissing("127.0.0.1:5432", DATABASE, "postgres", "");
		assertThat(exists()).isTrue();
		execute("drop database " + DATABASE);
	}

	private static boolean exists() throws SQLException {
		try (Connection connection = connection();
				var query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			query.setString(1, DATABASE);
			return query.executeQuery().next();
		}
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = connection(); var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static Connection connection() throws SQLException {
		return DriverManager.getConnection(FreshPostgresDatabase.SERVER + "postgres", "postgres", "");
	}

}
