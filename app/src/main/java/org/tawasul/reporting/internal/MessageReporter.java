package org.tawasul.reporting.internal;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.reporting.ReportId;

/** Writes to the reporter: the message appears on their tracking page (and on those of its duplicates). */
@Service
public class MessageReporter extends TriageAction {

	MessageReporter(TriageSupport support) {
		super(support);
	}

	@Transactional
	public void send(ReportId id, String text, String actor) {
		change(id, actor, "report.message", Map.of(), (report, at) -> report.messageReporter(text, actor, at));
	}
}
