package nl.schaduwklant.access.internal;

import java.util.List;

import nl.schaduwklant.access.NewUserAccount;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may use the platform, as the environment says.
 *
 * @param admin the first administrator, created at start-up when no account of that name
 * exists (e.g. {@code SCHADUWKLANT_ACCESS_ADMIN_USERNAME} and
 * {@code SCHADUWKLANT_ACCESS_ADMIN_PASSWORD}); an administrator changed later through the
 * API is left as it is
 * @param accounts accounts the configuration provides: created, or given the password and
 * role configured, at every start-up
 */
@ConfigurationProperties("schaduwklant.access")
record AccessProperties(Admin admin, List<NewUserAccount> accounts) {

	AccessProperties {
		admin = (admin != null) ? admin : new Admin(null, null);
		accounts = (accounts != null) ? List.copyOf(accounts) : List.of();
	}

	/**
	 * @param username the administrator's name
	 * @param password the administrator's password (at least 12 characters)
	 */
	record Admin(String username, String password) {

		boolean configured() {
			return this.username != null && !this.username.isBlank() && this.password != null
					&& !this.password.isBlank();
		}

		@Override
		public String toString() {
			return "Admin[username=" + this.username + "]";
		}

	}

}
