package org.tawasul.similarity;

import java.time.Instant;
import java.util.UUID;

import org.tawasul.reporting.ReportId;

/**
 * A citizen's report was matched to a published truth statement: automatically above the confirm threshold, or by a
 * staff member who confirmed a suggestion. Published once per (report, statement) pair. Notifications tell the
 * reporter (once); the report's tracking page shows the statement.
 */
public record StatementMatched(ReportId reportId, UUID publicationId, double score, MatchLevel level,
		Instant matchedAt) {
}
