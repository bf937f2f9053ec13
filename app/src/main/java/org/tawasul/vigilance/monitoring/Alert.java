package org.tawasul.vigilance.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An alert as the queue shows it: one per rumour group, with why it was raised and how big the group is now. */
public record Alert(UUID id, UUID groupId, int severity, @Nullable String regionCode, List<Flag> reasons,
		int itemCount, String sampleText, @Nullable String sampleUrl, Instant firstDetectedAt, Instant raisedAt,
		Instant updatedAt, @Nullable String takenBy, @Nullable UUID caseId) {
}
