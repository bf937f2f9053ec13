package org.tawasul.reporting;

import java.time.Instant;

/**
 * A citizen's report was stored and acknowledged with a tracking code.
 *
 * @param text what the reported content says (the reporter's description and the pasted post), for matching
 *     against rumour groups and truth statements; never the reporter's contact
 * @param language the language the reporter used (ar, fr, en, es)
 * @param hasContact whether the reporter left an email or phone to be told of progress
 */
public record ReportSubmitted(ReportId reportId, ReportCategory category, String text, String language, boolean hasContact,
		Instant submittedAt) {
}
