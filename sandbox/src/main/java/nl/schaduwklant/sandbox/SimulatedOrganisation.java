package nl.schaduwklant.sandbox;

import java.util.List;

/**
 * An organisation simulated by the sandbox.
 *
 * @param key a stable key, also the seed of its behaviour
 * @param name its name
 * @param sector its sector
 * @param address the address customers write to
 * @param phone the phone number its correct answers give
 * @param agent the name its answers are signed with
 * @param behaviour how it behaves by e-mail
 * @param chat how its web chat behaves, if it has one
 * @param form how its contact form behaves, if it has one
 */
public record SimulatedOrganisation(String key, String name, String sector, String address, String phone, String agent,
		Behaviour behaviour, ChatBehaviour chat, FormBehaviour form) {

	public String domain() {
		return this.address.substring(this.address.indexOf('@') + 1);
	}

	/**
	 * @return its name and the words of its name: never language errors
	 */
	public List<String> allowList() {
		return List.of(this.name);
	}

}
