package org.tawasul.identity.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.tawasul.identity.Role;

/** Staff members as Spring Security sees them: username, password hash, roles, and whether they are locked out. */
@Service
class StaffDirectory implements UserDetailsService {

	private final JdbcClient jdbc;

	private final Clock clock;

	StaffDirectory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql("""
				select username, password_hash, roles, enabled, locked_until
				from identity.staff_member where username = ?""")
			.param(username)
			.query((rs, n) -> User.withUsername(rs.getString(1))
				.password(rs.getString(2))
				.authorities(roles(rs.getArray(3)))
				.disabled(!rs.getBoolean(4))
				.accountLocked(rs.getTimestamp(5) != null && rs.getTimestamp(5).toInstant().isAfter(clock.instant()))
				.build())
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	private static List<Role> roles(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(Role::valueOf).toList();
	}
}
