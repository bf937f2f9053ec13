package org.tawasul.reporting.internal;

import org.jspecify.annotations.Nullable;
import org.tawasul.reporting.ReportCategory;

/**
 * A citizen's report as received and checked (see {@link ReportValidation}), before it is stored.
 *
 * @param language ar, fr, en or es
 * @param email the reporter's email, if they want to be told of progress
 * @param phone the reporter's phone, if they gave one
 */
public record NewReport(ReportCategory category, ReportContent content, String language, @Nullable String regionCode,
		@Nullable String email, @Nullable String phone) {

	public boolean hasContact() {
		return email != null || phone != null;
	}
}
