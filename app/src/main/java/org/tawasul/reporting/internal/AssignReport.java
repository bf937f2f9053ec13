package org.tawasul.reporting.internal;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.reporting.ReportId;

/** A triage agent takes a report (or gives it to a colleague); a received report goes into review. */
@Service
public class AssignReport extends TriageAction {

	AssignReport(TriageSupport support) {
		super(support);
	}

	@Transactional
	public void assign(ReportId id, String assignee, String actor) {
		change(id, actor, "report.assign", Map.of("assignee", assignee), (report, at) -> report.assign(assignee, actor, at));
	}
}
