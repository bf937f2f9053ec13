package org.tawasul.similarity.claims;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tawasul.reporting.ReportSubmitted;

/** Every citizen report is matched against the published truth statements as soon as it is stored. */
@Component
class MatchReportToStatements {

	private final ClaimMatching matching;

	MatchReportToStatements(ClaimMatching matching) {
		this.matching = matching;
	}

	@ApplicationModuleListener
	void on(ReportSubmitted event) {
		matching.reportReceived(event.reportId(), event.text(), event.language(), event.submittedAt());
	}
}
