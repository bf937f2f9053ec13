package org.tawasul.vigilance.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.tawasul.identity.Regions;
import org.tawasul.identity.Role;
import org.tawasul.identity.StaffDirectory;
import org.tawasul.identity.StaffMember;
import org.tawasul.vigilance.cases.Actor;

/**
 * Who is at the keyboard, as vigilance needs it: username, roles, and the regions their queue covers (their own
 * region with its prefectures and provinces; everything for a national member), from identity's staff directory.
 */
@Component
class StaffContext {

	private final StaffDirectory directory;

	private final Regions regions;

	StaffContext(StaffDirectory directory, Regions regions) {
		this.directory = directory;
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
		return directory.find(username).map(StaffMember::regionCode).orElse(null);
	}

	/** The region codes this member's queue covers; empty means all. */
	List<String> scope(String username) {
		String region = regionOf(username);
		return region == null ? List.of() : regions.withinScope(region);
	}
}
