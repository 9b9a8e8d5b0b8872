package nl.schaduwklant.access;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An account to create.
 *
 * @param username letters, digits, {@code .}, {@code _}, {@code @} and {@code -}, 3–100
 * @param password at least 12 characters
 * @param role what the user may do
 * @param organisationId the organisation of a client account (required for a client, not
 * allowed for another role)
 */
public record NewUserAccount(@NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}") String username,
		@NotNull @Size(min = 12, max = 200) String password, @NotNull Role role, UUID organisationId) {

	@Override
	public String toString() {
		return "NewUserAccount[username=" + this.username + ", role=" + this.role + ", organisationId="
				+ this.organisationId + "]";
	}

}
