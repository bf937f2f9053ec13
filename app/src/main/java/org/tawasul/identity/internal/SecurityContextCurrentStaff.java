package org.tawasul.identity.internal;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tawasul.identity.CurrentStaff;
import org.tawasul.identity.StaffMember;
import org.tawasul.platform.DomainException;

@Component
class SecurityContextCurrentStaff implements CurrentStaff {

	@Override
	public Optional<StaffMember> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof StaffUser user) {
			return Optional.of(user.member());
		}
		return Optional.empty();
	}

	@Override
	public StaffMember get() {
		return find().orElseThrow(() -> new DomainException(HttpStatus.UNAUTHORIZED, "problem.status.401.detail"));
	}
}
