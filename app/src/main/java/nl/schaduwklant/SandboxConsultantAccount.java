package nl.schaduwklant;

import nl.schaduwklant.access.NewUserAccount;
import nl.schaduwklant.access.Role;
import nl.schaduwklant.access.UserAccounts;
import nl.schaduwklant.sandbox.SandboxConsultant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Gives the sandbox's consultant, who marks and reviews the consultant-assisted calls to
 * the Twilio emulator, a consultant's account with the password the emulator was given at
 * this start (a new one every start).
 */
@Component
class SandboxConsultantAccount implements SmartInitializingSingleton {

	private final ObjectProvider<SandboxConsultant> consultant;

	private final UserAccounts accounts;

	SandboxConsultantAccount(ObjectProvider<SandboxConsultant> consultant, UserAccounts accounts) {
		this.consultant = consultant;
		this.accounts = accounts;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.consultant.ifAvailable((consultant) -> this.accounts.provide(
				new NewUserAccount(consultant.username(), consultant.password(), Role.CONSULTANT, null), "sandbox"));
	}

}
