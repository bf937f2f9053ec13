package org.tawasul.vigilance.monitoring;

import org.jspecify.annotations.Nullable;

/**
 * Why an item was marked: a watch-list term it contains (with the term's reason), the severe category it was
 * reported under, or the fast growth of its group.
 *
 * @param kind {@code WATCH_LIST}, {@code CATEGORY} or {@code GROWTH}
 * @param category the {@code ReportCategory} name the flag suggests
 * @param reason the human reason (the watch term's reason; empty for the other kinds, whose label is localised)
 * @param term the matched watch-list term, for {@code WATCH_LIST}
 */
public record Flag(String kind, String category, String reason, @Nullable String term) {

	public static final String WATCH_LIST = "WATCH_LIST";

	public static final String CATEGORY = "CATEGORY";

	public static final String GROWTH = "GROWTH";
}
