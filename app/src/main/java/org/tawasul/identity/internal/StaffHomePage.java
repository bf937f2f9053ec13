package org.tawasul.identity.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tawasul.identity.CurrentStaff;
import org.tawasul.identity.Regions;
import org.tawasul.identity.Role;
import org.tawasul.identity.StaffMember;
import org.tawasul.platform.web.StaffWorkspace;

/** {@code /staff}: greets the member and lists the workspaces their roles open, plus their account links. */
@Controller
class StaffHomePage {

	private final CurrentStaff current;

	private final ObjectProvider<StaffWorkspace> workspaces;

	private final Regions regions;

	StaffHomePage(CurrentStaff current, ObjectProvider<StaffWorkspace> workspaces, Regions regions) {
		this.current = current;
		this.workspaces = workspaces;
		this.regions = regions;
	}

	@GetMapping("/staff")
	String home(Model model, java.util.Locale locale) {
		StaffMember member = current.get();
		model.addAttribute("member", member);
		model.addAttribute("workspaces", open(member, workspaces.orderedStream().toList()));
		model.addAttribute("regionName", member.regionCode() == null ? null
				: regions.find(member.regionCode()).map(r -> r.name(locale.getLanguage())).orElse(member.regionCode()));
		return "identity/home";
	}

	/** The workspaces a member may open: those naming at least one of the member's roles, in their order. */
	static List<StaffWorkspace> open(StaffMember member, List<StaffWorkspace> all) {
		Set<String> roles = member.roles().stream().map(Role::name).collect(Collectors.toSet());
		return all.stream()
			.filter(w -> w.roles().stream().anyMatch(roles::contains))
			.sorted(Comparator.comparingInt(StaffWorkspace::order).thenComparing(StaffWorkspace::path))
			.toList();
	}
}
