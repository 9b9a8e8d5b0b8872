package nl.schaduwklant.probes;

import java.net.URI;

/**
 * A Twilio account given by the installation rather than by configuration (the sandbox's
 * emulator): it replaces the account of {@code schaduwklant.probes.phone.twilio}, whose
 * other settings still apply, and Twilio reaches the webhooks at this node's own address.
 *
 * @param accountSid the account
 * @param authToken its auth token
 * @param from the caller ID
 * @param apiRoute where the REST requests go instead of Twilio
 */
public record TwilioAccount(String accountSid, String authToken, String from, URI apiRoute) {

	@Override
	public String toString() {
		return "TwilioAccount[accountSid=" + this.accountSid + ", from=" + this.from + ", apiRoute=" + this.apiRoute
				+ "]";
	}

}
