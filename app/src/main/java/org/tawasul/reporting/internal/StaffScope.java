package org.tawasul.reporting.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The region a staff member works in, to scope their inbox by default (national staff, with no region, see every
 * report). Reads the staff directory's region column until identity publishes a query for it.
 */
@Service
public class StaffScope {

	private final JdbcClient jdbc;

	StaffScope(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<String> regionOf(String username) {
		return jdbc.sql("select region_code from identity.staff_member where username = ?")
			.param(username)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.flatMap(region -> region);
	}
}
