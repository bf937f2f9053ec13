package org.tawasul.similarity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.tawasul.reporting.ReportId;

/**
 * Matches between citizen reports and truth statements: the answers a report has, and the suggestions staff review
 * (their confirm/dismiss decisions are stored to tune the thresholds).
 */
public interface StatementMatches {

	/** The statements that answer a report (confirmed automatically or by staff), oldest first. */
	List<UUID> answersFor(ReportId reportId);

	/** Suggestions no one has decided yet, newest first. */
	List<Suggestion> pendingSuggestions(int limit);

	/** A staff member says the report does repeat the statement: the report is answered as if matched above confirm. */
	void confirm(ReportId reportId, UUID publicationId, String actor);

	/** A staff member says the report is not about the statement. */
	void dismiss(ReportId reportId, UUID publicationId, String actor);

	record Suggestion(ReportId reportId, String reportText, UUID publicationId, double score, Instant matchedAt) {
	}
}
