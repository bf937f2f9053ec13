package org.tawasul.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Staff members as Spring Security's password sign-in sees them: username, password hash, roles, disabled or
 * locked. Two marker authorities carry what the rest of sign-in decides on: {@link #TOTP_ENROLLED} (the second
 * factor is then required even for a non-privileged role) and {@link #PASSWORD_CHANGE_REQUIRED}.
 */
@Service
class StaffUserDetails implements UserDetailsService {

	static final String TOTP_ENROLLED = "TOTP_ENROLLED";

	static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	private final StaffAccounts accounts;

	private final Clock clock;

	StaffUserDetails(StaffAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		StaffAccount account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
		String hash = accounts.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
		List<GrantedAuthority> authorities = new ArrayList<>(account.roles());
		if (account.totpEnrolled()) {
			authorities.add(new SimpleGrantedAuthority(TOTP_ENROLLED));
		}
		if (account.passwordChangeRequired()) {
			authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
		}
		return new StaffUser(account.id(), account.member(), hash, account.enabled(),
				!account.lockedAt(clock.instant()), authorities);
	}
}
