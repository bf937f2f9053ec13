package org.tawasul.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.BiConsumer;

import org.springframework.http.HttpStatus;
import org.tawasul.audit.AuditTrail;
import org.tawasul.platform.DomainException;
import org.tawasul.reporting.ReportId;

/**
 * What every staff action on a report does around the rule itself: load the report, let it change itself, save
 * it (which publishes what it registered) and write the audit entry — all in the caller's transaction, so the change, its
 * events and its audit entry commit together.
 */
abstract class TriageAction {

	private final Reports reports;

	private final AuditTrail audit;

	private final Clock clock;

	TriageAction(TriageSupport support) {
		this.reports = support.reports();
		this.audit = support.audit();
		this.clock = support.clock();
	}

	/** The beans every action needs, in one parameter. */
	record TriageSupport(Reports reports, AuditTrail audit, Clock clock) {
	}

	final Report load(ReportId id) {
		return reports.find(id).orElseThrow(() -> new DomainException(HttpStatus.NOT_FOUND, "problem.report.not-found"));
	}

	final void change(ReportId id, String actor, String action, Map<String, String> details,
			BiConsumer<Report, Instant> transition) {
		Report report = load(id);
		transition.accept(report, clock.instant());
		reports.save(report);
		audit.record(actor, action, "report:" + id, details);
	}

	final Reports reports() {
		return reports;
	}

	final AuditTrail audit() {
		return audit;
	}
}
