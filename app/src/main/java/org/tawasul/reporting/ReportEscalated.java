package org.tawasul.reporting;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A triage agent handed a report to digital vigilance. Carries what vigilance needs to open a monitored item —
 * never the reporter's contact.
 *
 * @param text what the reported content says (the reporter's description and the pasted post)
 * @param links where it was seen
 * @param regionCode the region concerned, when known
 * @param submittedAt when the citizen reported it: the earliest detection time for the SLA clock
 */
public record ReportEscalated(ReportId reportId, ReportCategory category, String text, List<String> links,
		@Nullable String regionCode, Instant submittedAt, String escalatedBy, Instant escalatedAt) {
}
