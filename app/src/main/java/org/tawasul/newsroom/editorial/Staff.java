package org.tawasul.newsroom.editorial;

import java.util.Set;

import org.tawasul.identity.Role;

/** The staff member acting on a publication, as the aggregate needs to know them: who, and with which roles. */
public record Staff(String username, Set<Role> roles) {

	public Staff {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	boolean hasAny(Role... wanted) {
		for (Role role : wanted) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}
}
