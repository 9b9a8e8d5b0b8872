package nl.schaduwklant.scheduler;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An organisation's public telephone number, and how a caller gets through its menu.
 *
 * @param number the number customers call, in E.164 form (e.g. {@code +31201234567})
 * @param menu what the caller does after the call connects, in order (absent or empty:
 * nothing, the caller waits)
 */
public record PhoneEndpoint(
		@NotBlank @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "{PhoneEndpoint.number}") String number,
		@Valid @Size(max = 20) List<MenuStep> menu) {

	public PhoneEndpoint {
		menu = (menu != null) ? List.copyOf(menu) : List.of();
	}

	public PhoneEndpoint(String number) {
		this(number, List.of());
	}

}
