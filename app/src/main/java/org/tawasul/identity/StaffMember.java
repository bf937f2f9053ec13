package org.tawasul.identity;

import java.io.Serializable;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A staff member as other modules see them: who, where, and which roles. No credentials, no second factor.
 *
 * @param username stable sign-in name, used as the actor in the audit trail
 * @param email where notifications go, {@code null} when none is known
 * @param regionCode the {@link Region} the member works in, {@code null} for a national member
 */
public record StaffMember(String username, String displayName, @Nullable String email, @Nullable String regionCode,
		Set<Role> roles) implements Serializable {

	public StaffMember {
		roles = Set.copyOf(roles);
	}

	/** Whether the member works nationally rather than for one region. */
	public boolean national() {
		return regionCode == null;
	}

	public boolean holds(Role role) {
		return roles.contains(role);
	}
}
