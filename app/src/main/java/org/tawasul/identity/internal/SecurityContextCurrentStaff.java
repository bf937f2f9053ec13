package org.tawasul.identity.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tawasul.identity.CurrentStaff;
import org.tawasul.identity.Role;
import org.tawasul.identity.StaffMember;
import org.tawasul.platform.DomainException;

/**
 * The member from the security context. A real sign-in always carries a {@link StaffUser}; other authentications
 * (Spring Security's test support, {@code user("x").roles("EDITOR")}) are read from their name and roles, as a
 * national member.
 */
@Component
class SecurityContextCurrentStaff implements CurrentStaff {

	@Override
	public Optional<StaffMember> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof StaffUser user) {
			return Optional.of(user.member());
		}
		return Optional.of(new StaffMember(authentication.getName(), authentication.getName(), null, null,
				roles(authentication)));
	}

	@Override
	public StaffMember get() {
		return find().orElseThrow(() -> new DomainException(HttpStatus.UNAUTHORIZED, "problem.status.401.detail"));
	}

	private static Set<Role> roles(Authentication authentication) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			for (Role role : Role.values()) {
				if (role.getAuthority().equals(name)) {
					roles.add(role);
				}
			}
		}
		return roles;
	}
}
