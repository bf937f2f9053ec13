package org.tawasul.reporting.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.tawasul.identity.StaffDirectory;
import org.tawasul.identity.StaffMember;

/**
 * The region a staff member works in, to scope their inbox by default: regional staff see their region's reports
 * (its prefectures and provinces included), national staff — with no region — see every report.
 */
@Service
public class StaffScope {

	private final StaffDirectory staff;

	StaffScope(StaffDirectory staff) {
		this.staff = staff;
	}

	public Optional<String> regionOf(String username) {
		return staff.find(username).map(StaffMember::regionCode);
	}
}
