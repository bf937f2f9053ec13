package org.tawasul.reporting.internal;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.reporting.ReportId;

/** Hands a report to digital vigilance, which receives {@code ReportEscalated}. */
@Service
public class EscalateReport extends TriageAction {

	EscalateReport(TriageSupport support) {
		super(support);
	}

	@Transactional
	public void escalate(ReportId id, String actor) {
		change(id, actor, "report.escalate", Map.of(), (report, at) -> report.escalate(actor, at));
	}
}
