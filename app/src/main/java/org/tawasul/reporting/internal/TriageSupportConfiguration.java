package org.tawasul.reporting.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tawasul.audit.AuditTrail;

@Configuration(proxyBeanMethods = false)
class TriageSupportConfiguration {

	@Bean
	TriageAction.TriageSupport triageSupport(Reports reports, AuditTrail audit, Clock clock) {
		return new TriageAction.TriageSupport(reports, audit, clock);
	}
}
