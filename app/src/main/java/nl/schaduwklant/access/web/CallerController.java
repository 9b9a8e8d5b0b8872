package nl.schaduwklant.access.web;

import java.security.Principal;

import nl.schaduwklant.access.UserAccount;
import nl.schaduwklant.access.UserAccountNotFound;
import nl.schaduwklant.access.UserAccounts;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is: their account, role and (for a client) organisation.
 */
@RestController
class CallerController {

	private final UserAccounts accounts;

	CallerController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/api/me")
	UserAccount me(Principal caller) {
		return this.accounts.find(caller.getName()).orElseThrow(() -> new UserAccountNotFound(caller.getName()));
	}

}
