package org.tawasul.vigilance.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.tawasul.identity.Regions;
import org.tawasul.identity.Role;
import org.tawasul.vigilance.cases.Actor;

/**
 * Who is at the keyboard, as vigilance needs it: username, roles, and the regions their queue covers (their own
 * region with its prefectures and provinces; everything for a member without a region). The region is read from the
 * staff table until identity publishes its staff lookup API; this is the one place to switch.
 */
@Component
class StaffContext {

	private final JdbcClient jdbc;

	private final Regions regions;

	StaffContext(JdbcClient jdbc, Regions regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	Actor actor(Authentication authentication) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith(Role.PREFIX)) {
				for (Role role : Role.values()) {
					if (role.name().equals(name.substring(Role.PREFIX.length()))) {
						roles.add(role);
					}
				}
			}
		}
		return new Actor(authentication.getName(), roles);
	}

	@Nullable String regionOf(String username) {
		return jdbc.sql("select region_code from identity.staff_member where username = ?")
			.param(username)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** The region codes this member's queue covers; empty means all. */
	List<String> scope(String username) {
		String region = regionOf(username);
		return region == null ? List.of() : regions.withinScope(region);
	}
}
