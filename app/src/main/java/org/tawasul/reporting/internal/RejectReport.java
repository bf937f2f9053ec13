package org.tawasul.reporting.internal;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.reporting.ReportId;

/** Closes a report without follow-up, with a reason kept for staff. */
@Service
public class RejectReport extends TriageAction {

	RejectReport(TriageSupport support) {
		super(support);
	}

	@Transactional
	public void reject(ReportId id, String reason, String actor) {
		change(id, actor, "report.reject", Map.of("reason", reason.length() > 500 ? reason.substring(0, 500) : reason),
				(report, at) -> report.reject(reason, actor, at));
	}
}
