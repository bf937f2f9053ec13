package org.tawasul.audit.internal;

import java.security.Principal;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tawasul.audit.AuditTrail;
import org.tawasul.audit.AuditVerification;

/** {@code GET /api/v1/staff/audit/verify}: the chain's verification as JSON, for administrators and monitoring. */
@RestController
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AuditApi {

	private final AuditTrail audit;

	AuditApi(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/api/v1/staff/audit/verify")
	AuditVerification verify(Principal principal) {
		AuditVerification result = audit.verify();
		audit.record(principal.getName(), "audit.verify", "audit:trail",
				Map.of("intact", Boolean.toString(result.intact()), "entries", Long.toString(result.entries())));
		return result;
	}
}
