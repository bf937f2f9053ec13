package org.tawasul.vigilance.monitoring;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A watch-list entry.
 *
 * @param language {@code ar}, {@code ary} (Darija in Arabic script), {@code ary-Latn} (Arabizi) or {@code fr}
 * @param regionCode only items of this region (or its prefectures) match; {@code null} for everywhere
 */
public record WatchTerm(UUID id, String term, String language, @Nullable String regionCode, String category,
		String reason, boolean active) {
}
