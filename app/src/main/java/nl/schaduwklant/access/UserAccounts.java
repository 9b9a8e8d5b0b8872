package nl.schaduwklant.access;

import java.util.List;
import java.util.Optional;

/**
 * The platform's users.
 */
public interface UserAccounts {

	/**
	 * @param account the account to create
	 * @param createdBy who creates it
	 * @return the account
	 * @throws InvalidUserAccount when the name is taken, or a client has no (existing)
	 * organisation, or another role has one
	 */
	UserAccount create(NewUserAccount account, String createdBy);

	/**
	 * Creates an account, or gives an existing one the password and role given: for
	 * accounts that the configuration provides.
	 * @param account the account
	 * @param createdBy who provides it
	 * @return the account
	 */
	UserAccount provide(NewUserAccount account, String createdBy);

	/**
	 * @param username a user's name
	 * @return the account
	 */
	Optional<UserAccount> find(String username);

	/**
	 * @return every account, by name
	 */
	List<UserAccount> list();

	/**
	 * Stops a user from logging in; the account stays, for what it did.
	 * @param username the user
	 * @param by who does it
	 * @return the account
	 * @throws UserAccountNotFound when there is none
	 */
	UserAccount disable(String username, String by);

	/**
	 * @return whether an enabled administrator exists
	 */
	boolean hasAdministrator();

}
