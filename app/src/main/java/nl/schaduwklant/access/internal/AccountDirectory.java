package nl.schaduwklant.access.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import nl.schaduwklant.access.InvalidUserAccount;
import nl.schaduwklant.access.NewUserAccount;
import nl.schaduwklant.access.Role;
import nl.schaduwklant.access.UserAccount;
import nl.schaduwklant.access.UserAccountNotFound;
import nl.schaduwklant.access.UserAccounts;
import nl.schaduwklant.scheduler.OrganisationNotFound;
import nl.schaduwklant.scheduler.Organisations;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The platform's users: passwords hashed with the platform's password encoder before they
 * reach the database, a client bound to an organisation that exists.
 */
@Service
class AccountDirectory implements UserAccounts {

	private final UserAccountTable table;

	private final PasswordEncoder passwords;

	private final Organisations organisations;

	private final Clock clock;

	AccountDirectory(UserAccountTable table, PasswordEncoder passwords, Organisations organisations, Clock clock) {
		this.table = table;
		this.passwords = passwords;
		this.organisations = organisations;
		this.clock = clock;
	}

	@Override
	public UserAccount create(NewUserAccount account, String createdBy) {
		checkOrganisation(account);
		UserAccount created = new UserAccount(account.username(), account.role(), account.organisationId(), true,
				this.clock.instant(), createdBy);
		String hash = this.passwords.encode(account.password());
		try {
			this.table.insert(created, hash);
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidUserAccount("username", "taken");
		}
		return created;
	}

	@Override
	public UserAccount provide(NewUserAccount account, String createdBy) {
		checkOrganisation(account);
		String hash = this.passwords.encode(account.password());
		if (this.table.replace(account.username(), hash, account.role(), account.organisationId(), this.clock.instant(),
				createdBy) == 0) {
			try {
				this.table.insert(new UserAccount(account.username(), account.role(), account.organisationId(), true,
						this.clock.instant(), createdBy), hash);
			}
			catch (DuplicateKeyException ex) {
				// another node provided it at the same moment
				this.table.replace(account.username(), hash, account.role(), account.organisationId(),
						this.clock.instant(), createdBy);
			}
		}
		return this.table.find(account.username()).orElseThrow();
	}

	@Override
	public Optional<UserAccount> find(String username) {
		return this.table.find(username);
	}

	@Override
	public List<UserAccount> list() {
		return this.table.list();
	}

	@Override
	public UserAccount disable(String username, String by) {
		UserAccount account = this.table.find(username).orElseThrow(() -> new UserAccountNotFound(username));
		if (account.role() == Role.ADMIN && account.enabled() && this.table.enabledCount(Role.ADMIN) <= 1) {
			throw new InvalidUserAccount("username", "lastAdministrator");
		}
		if (this.table.disable(username, this.clock.instant(), by) == 0) {
			throw new UserAccountNotFound(username);
		}
		return this.table.find(username).orElseThrow();
	}

	@Override
	public boolean hasAdministrator() {
		return this.table.hasEnabled(Role.ADMIN);
	}

	private static void checkPassword(NewUserAccount account) {
		// BCrypt reads at most 72 bytes
		if (account.password().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
			throw new InvalidUserAccount("password", "tooLong");
		}
	}

	private void checkOrganisation(NewUserAccount account) {
		checkPassword(account);
		if (account.role() == Role.CLIENT && account.organisationId() == null) {
			throw new InvalidUserAccount("organisationId", "organisationRequired");
		}
		if (account.role() != Role.CLIENT && account.organisationId() != null) {
			throw new InvalidUserAccount("organisationId", "organisationNotAllowed");
		}
		if (account.organisationId() != null) {
			try {
				this.organisations.get(account.organisationId());
			}
			catch (OrganisationNotFound ex) {
				throw new InvalidUserAccount("organisationId", "organisationUnknown");
			}
		}
	}

}
