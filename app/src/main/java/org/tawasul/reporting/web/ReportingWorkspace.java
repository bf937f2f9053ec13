package org.tawasul.reporting.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tawasul.platform.web.StaffWorkspace;

/** The triage inbox on the staff home page. */
@Configuration(proxyBeanMethods = false)
class ReportingWorkspace {

	@Bean
	StaffWorkspace reportsWorkspace() {
		return new StaffWorkspace("/staff/reports", "workspace.reports", Set.of("TRIAGE_AGENT", "SUPERVISOR", "VIEWER"),
				10);
	}
}
