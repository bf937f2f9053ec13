package org.tawasul.vigilance.cases;

import java.util.Set;

import org.tawasul.identity.Role;

/** Who acts on a case: a staff member's username and roles, or the platform itself ({@link #system()}). */
public record Actor(String username, Set<Role> roles) {

	public static Actor system() {
		return new Actor("system", Set.of());
	}

	boolean may(Role... any) {
		for (Role role : any) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}
}
