package nl.schaduwklant.scheduler;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * Where an organisation can be contacted, per channel. A channel without an endpoint
 * cannot be probed for that organisation.
 *
 * @param email the public e-mail address customers write to
 */
public record Endpoints(@Email @Size(max = 320) String email) {

	public static Endpoints none() {
		return new Endpoints(null);
	}

	public boolean supports(Channel channel) {
		return switch (channel) {
			case EMAIL -> this.email != null && !this.email.isBlank();
			case PHONE, CHAT, SOCIAL -> false;
		};
	}

}
