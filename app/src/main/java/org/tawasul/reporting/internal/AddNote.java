package org.tawasul.reporting.internal;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.reporting.ReportId;

/** Adds a note staff see and the reporter never does. */
@Service
public class AddNote extends TriageAction {

	AddNote(TriageSupport support) {
		super(support);
	}

	@Transactional
	public void add(ReportId id, String text, String actor) {
		change(id, actor, "report.note", Map.of(), (report, at) -> report.addNote(text, actor, at));
	}
}
