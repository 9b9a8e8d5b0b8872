package nl.schaduwklant.access;

import java.time.Instant;
import java.util.UUID;

/**
 * A user of the platform (its password is kept hashed, and never shown).
 *
 * @param username the name the user logs in with
 * @param role what the user may do
 * @param organisationId for a client, the organisation the account belongs to
 * @param enabled whether the user may log in
 * @param createdAt when the account was created
 * @param createdBy who created it ({@code environment} for the first administrator and
 * for accounts the configuration provides)
 */
public record UserAccount(String username, Role role, UUID organisationId, boolean enabled, Instant createdAt,
		String createdBy) {

}
