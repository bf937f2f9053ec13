package org.tawasul.reporting;

import java.util.Optional;

/**
 * The reporter's contact, decrypted, for the modules that must write to them (notifications). Every call is an
 * audited view of personal data ({@code report.view-contact}), recorded under the given actor.
 */
public interface ReporterContacts {

	/**
	 * The contact a reporter left, if any.
	 *
	 * @param actor who reads it: a staff member's username, or {@code system}
	 */
	Optional<ReporterContact> find(ReportId reportId, String actor);
}
