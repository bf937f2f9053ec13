package org.tawasul.reporting;

import java.time.Instant;

/**
 * A citizen's report was stored and acknowledged with a tracking code.
 *
 * @param language the language the reporter used (ar, fr, en, es)
 * @param hasContact whether the reporter left an email or phone to be told of progress
 */
public record ReportSubmitted(ReportId reportId, ReportCategory category, String language, boolean hasContact,
		Instant submittedAt) {
}
