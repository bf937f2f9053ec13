package org.tawasul.reporting.internal;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.reporting.ReportId;

/** Sets how urgently a report must be handled (0 normal … 3 immediate). */
@Service
public class PrioritiseReport extends TriageAction {

	PrioritiseReport(TriageSupport support) {
		super(support);
	}

	@Transactional
	public void prioritise(ReportId id, int priority, String actor) {
		change(id, actor, "report.prioritise", Map.of("priority", Integer.toString(priority)),
				(report, at) -> report.prioritise(priority, actor, at));
	}
}
