package org.tawasul.identity.internal;

import java.util.Collection;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.tawasul.identity.Role;
import org.tawasul.identity.StaffMember;

/**
 * The signed-in principal: Spring Security's user plus what pages need (display name, region) and what sign-in
 * decides on (second factor enrolled, password change due). Kept in the session, so it holds no secret.
 */
final class StaffUser extends User {

	private static final long serialVersionUID = 1L;

	private final UUID id;

	private final StaffMember member;

	StaffUser(UUID id, StaffMember member, String passwordHash, boolean enabled, boolean nonLocked,
			Collection<? extends GrantedAuthority> authorities) {
		super(member.username(), passwordHash, enabled, true, true, nonLocked, authorities);
		this.id = id;
		this.member = member;
	}

	UUID id() {
		return id;
	}

	StaffMember member() {
		return member;
	}

	boolean privileged() {
		return member.roles().stream().anyMatch(Role::privileged);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}
}
