package org.tawasul.vigilance;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A vigilance case was opened; its clock runs from {@code detectedAt}, the earliest detection of what it links.
 *
 * @param category the {@code ReportCategory} name it was filed under
 * @param severity 0–100, higher first
 */
public record CaseOpened(CaseId caseId, String title, String category, int severity, @Nullable String regionCode,
		Instant detectedAt, String openedBy, Instant openedAt) {
}
