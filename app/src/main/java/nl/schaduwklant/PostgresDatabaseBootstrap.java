package nl.schaduwklant;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Creates the PostgreSQL database the application is configured for when it does not
 * exist yet (with {@code schaduwklant.database.create-if-missing}), by connecting to the
 * server's {@code postgres} database with the same credentials. Runs before any data
 * source is created.
 */
public class PostgresDatabaseBootstrap implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/]+)/([A-Za-z0-9_]+)(\\?.*)?");

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		Environment environment = event.getEnvironment();
		String url = environment.getProperty("spring.datasource.url", "");
		if (!environment.getProperty("schaduwklant.database.create-if-missing", Boolean.class, false)) {
			return;
		}
		Matcher matcher = URL.matcher(url);
		if (!matcher.matches()) {
			return;
		}
		createIfMissing(matcher.group(1), matcher.group(2), environment.getProperty("spring.datasource.username"),
				environment.getProperty("spring.datasource.password"));
	}

	static void createIfMissing(String hostAndPort, String database, String user, String password) {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + hostAndPort + "/postgres", user,
				password)) {
			boolean exists;
			try (var query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
				query.setString(1, database);
				exists = query.executeQuery().next();
			}
			if (!exists) {
				try (var create = connection.createStatement()) {
					create.execute("create database \"" + database + "\"");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Cannot create PostgreSQL database " + database + " on " + hostAndPort + ": " + ex.getMessage(),
					ex);
		}
	}

}
