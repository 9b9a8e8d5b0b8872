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
 * @param phoneLine how its telephone line behaves, if the sandbox answers it
 */
public record SimulatedOrganisation(String key, String name, String sector, String address, String phone, String agent,
		Behaviour behaviour, ChatBehaviour chat, FormBehaviour form, PhoneBehaviour phoneLine) {

	/**
	 * @return its phone number in international form, e.g. {@code +31881110001} for
	 * {@code 088-1110001}
	 */
	public String e164() {
		String digits = this.phone.replaceAll("[^0-9]", "");
		return "+31" + (digits.startsWith("0") ? digits.substring(1) : digits);
	}

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
