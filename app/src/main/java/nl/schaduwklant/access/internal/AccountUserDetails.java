package nl.schaduwklant.access.internal;

import java.util.List;

import nl.schaduwklant.access.UserAccount;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Looks users up for Spring Security: one authority per account, {@code ROLE_<role>}.
 */
@Service
class AccountUserDetails implements UserDetailsService {

	private final UserAccountTable table;

	AccountUserDetails(UserAccountTable table) {
		this.table = table;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.table.find(username)
			.orElseThrow(() -> new UsernameNotFoundException("no user " + username));
		String hash = this.table.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return User.withUsername(account.username())
			.password(hash)
			.disabled(!account.enabled())
			.authorities(List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())))
			.build();
	}

}
