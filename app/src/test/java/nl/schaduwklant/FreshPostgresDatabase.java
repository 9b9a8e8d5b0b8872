package nl.schaduwklant;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Drops and recreates the PostgreSQL test database before the application context that
 * uses it starts (once per test run, as the context is cached), so nothing is left from
 * an earlier run.
 */
class FreshPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	static final String DATABASE = "schaduwklant_test";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				var statement = connection.createStatement()) {
			statement.execute("drop database if exists " + DATABASE + " with (force)");
			statement.execute("create database " + DATABASE);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot recreate the PostgreSQL test database " + DATABASE
					+ " (is PostgreSQL running on 127.0.0.1:5432?)", ex);
		}
	}

}
