package nl.schaduwklant.scheduler;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * Where an organisation can be contacted, per channel. A channel without an endpoint
 * cannot be probed for that organisation.
 *
 * @param email the public e-mail address customers write to
 * @param chat the chat on its website
 * @param contactForm the contact form on its website
 * @param phone its public telephone number
 */
public record Endpoints(@Email @Size(max = 320) String email, @Valid ChatEndpoint chat,
		@Valid ContactFormEndpoint contactForm, @Valid PhoneEndpoint phone) {

	public Endpoints(String email) {
		this(email, null, null, null);
	}

	public Endpoints(String email, ChatEndpoint chat, ContactFormEndpoint contactForm) {
		this(email, chat, contactForm, null);
	}

	public static Endpoints none() {
		return new Endpoints(null, null, null, null);
	}

	public boolean supports(Channel channel) {
		return switch (channel) {
			case EMAIL -> this.email != null && !this.email.isBlank();
			case CHAT -> this.chat != null;
			case CONTACT_FORM -> this.contactForm != null;
			case PHONE -> this.phone != null;
			case SOCIAL -> false;
		};
	}

}
