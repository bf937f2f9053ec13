package org.tawasul.identity;

import java.util.Optional;

/** The staff member behind the current request (from the security context). */
public interface CurrentStaff {

	/** The signed-in member, empty for anonymous requests (citizens, API clients). */
	Optional<StaffMember> find();

	/** The signed-in member; a 401 {@link org.tawasul.platform.DomainException} when nobody is signed in. */
	StaffMember get();
}
