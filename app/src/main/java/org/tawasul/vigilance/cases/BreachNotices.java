package org.tawasul.vigilance.cases;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tawasul.vigilance.SlaBreached;

/** Puts every breached clock in front of the supervisors of its region (the warning on their queue). */
@Component
class BreachNotices {

	private final JdbcClient jdbc;

	BreachNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(SlaBreached event) {
		jdbc.sql("""
				insert into vigilance.breach_notice (case_id, region_code, breached_at) values (?, ?, ?)
				on conflict (case_id) do nothing""")
			.params(event.caseId().value(), event.regionCode(), Timestamp.from(event.breachedAt()))
			.update();
	}
}
