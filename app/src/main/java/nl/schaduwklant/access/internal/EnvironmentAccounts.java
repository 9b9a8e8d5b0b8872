package nl.schaduwklant.access.internal;

import nl.schaduwklant.access.NewUserAccount;
import nl.schaduwklant.access.Role;
import nl.schaduwklant.access.UserAccounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator and the configured accounts once the database is
 * migrated, before the web server takes requests. Without any administrator it says how
 * to create one.
 */
@Component
class EnvironmentAccounts implements SmartInitializingSingleton {

	static final String ENVIRONMENT = "environment";

	private static final Logger logger = LoggerFactory.getLogger(EnvironmentAccounts.class);

	private final AccessProperties properties;

	private final UserAccounts accounts;

	EnvironmentAccounts(AccessProperties properties, UserAccounts accounts) {
		this.properties = properties;
		this.accounts = accounts;
	}

	@Override
	public void afterSingletonsInstantiated() {
		AccessProperties.Admin admin = this.properties.admin();
		if (admin.configured() && this.accounts.find(admin.username()).isEmpty()) {
			if (admin.password().length() < 12) {
				throw new IllegalStateException(
						"schaduwklant.access.admin.password must be at least 12 characters long");
			}
			this.accounts.create(new NewUserAccount(admin.username(), admin.password(), Role.ADMIN, null), ENVIRONMENT);
			logger.info("Created the administrator {} from the environment", admin.username());
		}
		for (NewUserAccount account : this.properties.accounts()) {
			this.accounts.provide(account, ENVIRONMENT);
		}
		if (!this.accounts.hasAdministrator()) {
			logger.warn("There is no administrator: set SCHADUWKLANT_ACCESS_ADMIN_USERNAME and "
					+ "SCHADUWKLANT_ACCESS_ADMIN_PASSWORD (12 characters or more) and start again");
		}
	}

}
