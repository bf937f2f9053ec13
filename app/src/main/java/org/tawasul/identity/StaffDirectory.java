package org.tawasul.identity;

import java.util.List;
import java.util.Optional;

/**
 * Looking staff up by name, role and region, e.g. "the supervisors responsible for Casablanca" to notify an SLA
 * breach. Only enabled accounts are returned.
 */
public interface StaffDirectory {

	Optional<StaffMember> find(String username);

	/** Every enabled member holding {@code role}, national and regional. */
	List<StaffMember> holding(Role role);

	/**
	 * Members holding {@code role} who are responsible for {@code regionCode}: national members, members of that
	 * very unit, and members of the region it belongs to (a region's supervisor covers its prefectures).
	 */
	List<StaffMember> holding(Role role, String regionCode);
}
