package org.tawasul.vigilance.cases;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tawasul.audit.AuditTrail;
import org.tawasul.identity.Role;
import org.tawasul.identity.StaffDirectory;
import org.tawasul.identity.StaffMember;
import org.tawasul.vigilance.SlaBreached;

/**
 * Puts every breached clock in front of the supervisors responsible for its region (national ones, the region's and
 * the unit's): a notice shown as the breach warning on their queue, and an audit entry naming who was told. E-mail or
 * push can be added by notifications listening to the same event.
 */
@Component
class BreachNotices {

	private final JdbcClient jdbc;

	private final StaffDirectory staff;

	private final AuditTrail audit;

	BreachNotices(JdbcClient jdbc, StaffDirectory staff, AuditTrail audit) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(SlaBreached event) {
		int inserted = jdbc.sql("""
				insert into vigilance.breach_notice (case_id, region_code, breached_at) values (?, ?, ?)
				on conflict (case_id) do nothing""")
			.params(event.caseId().value(), event.regionCode(), Timestamp.from(event.breachedAt()))
			.update();
		if (inserted == 1) {
			List<StaffMember> supervisors = event.regionCode() == null ? staff.holding(Role.SUPERVISOR)
					: staff.holding(Role.SUPERVISOR, event.regionCode());
			audit.record("system", "case.sla-breach-notice", "case:" + event.caseId(), Map.of("supervisors",
					String.join(",", supervisors.stream().map(StaffMember::username).toList())));
		}
	}
}
