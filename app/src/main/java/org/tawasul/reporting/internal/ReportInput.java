package org.tawasul.reporting.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A report as a citizen typed it, from the web form or the API, not yet checked: every field is text and may be
 * missing or wrong. {@link ReportValidation} turns it into a {@link NewReport} or says what is wrong, field by field.
 */
public record ReportInput(@Nullable String category, @Nullable String description, @Nullable String postText,
		@Nullable List<String> links, @Nullable String platform, @Nullable String seenAt, @Nullable String language,
		@Nullable String region, @Nullable String email, @Nullable String phone) {
}
