package nl.schaduwklant.sandbox;

/**
 * The sandbox's consultant, who marks and reviews the consultant-assisted calls to the
 * Twilio emulator through the platform's API: the account it logs in with (a new password
 * every start).
 *
 * @param username the account's name
 * @param password its password
 */
public record SandboxConsultant(String username, String password) {

	@Override
	public String toString() {
		return "SandboxConsultant[username=" + this.username + "]";
	}

}
