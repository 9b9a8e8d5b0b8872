package nl.schaduwklant.access.web;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import nl.schaduwklant.access.NewUserAccount;
import nl.schaduwklant.access.UserAccount;
import nl.schaduwklant.access.UserAccounts;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The platform's users, for administrators: create, list, disable (an account is never
 * deleted: what its user did keeps their name).
 */
@RestController
@RequestMapping("/api/users")
class UserController {

	private final UserAccounts accounts;

	UserController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping
	ResponseEntity<UserAccount> create(@Valid @RequestBody NewUserAccount account, Principal caller) {
		UserAccount created = this.accounts.create(account, caller.getName());
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{name}").build(created.username()))
			.body(created);
	}

	@GetMapping
	List<UserAccount> list() {
		return this.accounts.list();
	}

	@GetMapping("/{username}")
	UserAccount get(@PathVariable String username) {
		return this.accounts.find(username).orElseThrow(() -> new nl.schaduwklant.access.UserAccountNotFound(username));
	}

	@DeleteMapping("/{username}")
	UserAccount disable(@PathVariable String username, Principal caller) {
		return this.accounts.disable(username, caller.getName());
	}

}
