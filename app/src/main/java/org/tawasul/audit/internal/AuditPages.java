package org.tawasul.audit.internal;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tawasul.audit.AuditEntries;
import org.tawasul.audit.AuditTrail;
import org.tawasul.platform.web.StaffWorkspace;

/** The administrators' view of the trail: recent entries with filters, and whether the chain holds. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AuditPages {

	private final AuditTrail audit;

	private final AuditEntries entries;

	AuditPages(AuditTrail audit, AuditEntries entries) {
		this.audit = audit;
		this.entries = entries;
	}

	@GetMapping("/staff/admin/audit")
	@Transactional
	String entries(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String subject, Principal principal, Model model) {
		Map<String, String> filters = new LinkedHashMap<>();
		putIfPresent(filters, "actor", actor);
		putIfPresent(filters, "action", action);
		putIfPresent(filters, "subject", subject);
		audit.record(principal.getName(), "audit.view", "audit:trail", filters);
		model.addAttribute("entries", entries.recent(actor, action, subject, 200));
		model.addAttribute("verification", audit.verify());
		model.addAttribute("zone", org.tawasul.platform.TimeConfiguration.SERVICE_ZONE);
		model.addAttribute("actor", actor);
		model.addAttribute("action", action);
		model.addAttribute("subject", subject);
		return "audit/entries";
	}

	private static void putIfPresent(Map<String, String> map, String key, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			map.put(key, value.strip());
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Workspace {

		@Bean
		StaffWorkspace auditWorkspace() {
			return new StaffWorkspace("/staff/admin/audit", "audit.workspace", Set.of("ADMINISTRATOR"), 910);
		}
	}
}
