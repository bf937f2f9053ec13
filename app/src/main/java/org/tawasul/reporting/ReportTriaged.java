package org.tawasul.reporting;

import java.time.Instant;

/**
 * A triage agent decided what a report is: its new status (e.g. {@code IN_REVIEW}, {@code REJECTED},
 * {@code DUPLICATE}) and priority.
 */
public record ReportTriaged(ReportId reportId, String status, int priority, String triagedBy, Instant triagedAt) {
}
