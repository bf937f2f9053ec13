package org.tawasul.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.tawasul.identity.Regions;
import org.tawasul.identity.Role;
import org.tawasul.identity.StaffDirectory;
import org.tawasul.identity.StaffMember;

@Service
class JdbcStaffDirectory implements StaffDirectory {

	private final StaffAccounts accounts;

	private final Regions regions;

	JdbcStaffDirectory(StaffAccounts accounts, Regions regions) {
		this.accounts = accounts;
		this.regions = regions;
	}

	@Override
	public Optional<StaffMember> find(String username) {
		return accounts.find(username).filter(StaffAccount::enabled).map(StaffAccount::member);
	}

	@Override
	public List<StaffMember> holding(Role role) {
		return accounts.enabledHolding(role, null).stream().map(StaffAccount::member).toList();
	}

	@Override
	public List<StaffMember> holding(Role role, String regionCode) {
		List<String> covering = new ArrayList<>();
		covering.add(regionCode);
		regions.find(regionCode).map(r -> r.parentCode()).ifPresent(covering::add);
		return accounts.enabledHolding(role, covering).stream().map(StaffAccount::member).toList();
	}
}
