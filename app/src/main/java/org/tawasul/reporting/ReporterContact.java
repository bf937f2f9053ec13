package org.tawasul.reporting;

import org.jspecify.annotations.Nullable;

/**
 * How to reach a reporter, as they gave it, with what they need to follow their report.
 *
 * @param email the email address, if given
 * @param phone the phone number, if given
 * @param trackingCode the report's tracking code, grouped for reading ({@code XXXX-XXXX-XXXX-XXXX-XX})
 * @param language the language the reporter used (ar, fr, en, es)
 */
public record ReporterContact(@Nullable String email, @Nullable String phone, String trackingCode, String language) {
}
