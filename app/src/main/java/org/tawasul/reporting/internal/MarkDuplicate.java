package org.tawasul.reporting.internal;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.platform.DomainException;
import org.tawasul.reporting.ReportId;

/**
 * Recognises a report as the same content as an earlier one, named by its staff reference ({@code #123}). If that
 * one is itself a duplicate, the report joins the first report of the chain, so reporters always follow a live one.
 */
@Service
public class MarkDuplicate extends TriageAction {

	MarkDuplicate(TriageSupport support) {
		super(support);
	}

	@Transactional
	public void mark(ReportId id, long originalReference, String actor) {
		Report original = reports().findByReference(originalReference)
			.orElseThrow(() -> new DomainException(HttpStatus.BAD_REQUEST, "report.duplicate.unknown", originalReference));
		while (original.duplicateOf() != null) {
			original = load(original.duplicateOf());
		}
		Report first = original;
		change(id, actor, "report.duplicate", Map.of("original", first.id().toString()),
				(report, at) -> report.markDuplicateOf(first, actor, at));
	}
}
