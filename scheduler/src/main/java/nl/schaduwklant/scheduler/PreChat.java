package nl.schaduwklant.scheduler;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * What the mystery customer fills in on a chat's pre-chat form. Absent values are taken
 * from the mystery mailbox (name, address) and the scenario (topic).
 *
 * @param name the visitor's name
 * @param email the visitor's e-mail address
 * @param topic the topic
 */
public record PreChat(@Size(max = 200) String name, @Email @Size(max = 320) String email,
		@Size(max = 200) String topic) {

	public static PreChat none() {
		return new PreChat(null, null, null);
	}

}
