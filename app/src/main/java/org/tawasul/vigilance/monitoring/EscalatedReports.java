package org.tawasul.vigilance.monitoring;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tawasul.reporting.ReportEscalated;

/** A report triage escalated becomes a monitored item (source {@code REPORT}), detected when it was submitted. */
@Component
class EscalatedReports {

	private final Intake intake;

	EscalatedReports(Intake intake) {
		this.intake = intake;
	}

	@ApplicationModuleListener
	void on(ReportEscalated event) {
		String url = event.links().isEmpty() ? null : event.links().get(0);
		intake.ingest(List.of(new IncomingItem(ItemSource.REPORT, "reporting", event.reportId().value().toString(),
				url, event.text(), null, event.regionCode(), event.category(), null, null, event.submittedAt())));
	}
}
