package org.tawasul.vigilance.monitoring;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tawasul.reporting.ReportCategory;

/**
 * One piece of content to monitor, from any source, before it is grouped and flagged.
 *
 * @param sourceKey who within the source: the collector's name, the feed's id, {@code reporting}, the analyst
 * @param sourceItemId the source's own id of the item; with source and sourceKey it makes intake idempotent
 * @param detectedAt when it was first seen (the clock of any case linking it starts here)
 */
public record IncomingItem(ItemSource source, String sourceKey, String sourceItemId, @Nullable String url,
		String text, @Nullable String language, @Nullable String regionCode, @Nullable ReportCategory category,
		@Nullable String author, @Nullable Instant publishedAt, Instant detectedAt) {
}
