package org.tawasul.identity.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tawasul.identity.Role;
import org.tawasul.identity.StaffMember;

/** A staff account as stored (without its secrets): what the administration pages show and act on. */
record StaffAccount(UUID id, String username, String displayName, @Nullable String email,
		@Nullable String regionCode, Set<Role> roles, boolean enabled, int failedAttempts,
		@Nullable Instant lockedUntil, boolean totpEnrolled, boolean passwordChangeRequired, boolean demo,
		Instant createdAt) {

	StaffMember member() {
		return new StaffMember(username, displayName, email, regionCode, roles);
	}

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public boolean privileged() {
		return roles.stream().anyMatch(Role::privileged);
	}
}
