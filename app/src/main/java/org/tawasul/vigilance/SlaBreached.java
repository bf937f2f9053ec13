package org.tawasul.vigilance;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A case passed its breach time (5 hours by default) before its first public communication. Published exactly once
 * per case; supervisors of its region are told.
 */
public record SlaBreached(CaseId caseId, String title, @Nullable String regionCode, Instant detectedAt,
		Duration limit, Instant breachedAt) {
}
