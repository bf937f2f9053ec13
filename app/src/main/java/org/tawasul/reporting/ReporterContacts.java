package org.tawasul.reporting;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How to reach a reporter who left a contact, for the one message telling them their report was answered.
 * Implemented by reporting (which owns the contact and audits every read); notifications inject it as an
 * {@code ObjectProvider} and keep the message waiting until an implementation exists.
 */
public interface ReporterContacts {

	/** The reporter's contact and language, empty when they left none (or the report is unknown). */
	Optional<ReporterContact> contactOf(ReportId reportId, String purpose);

	record ReporterContact(@Nullable String email, @Nullable String phone, String language) {
	}
}
