package org.tawasul.reporting;

import java.util.List;

/**
 * SPI: published answers to a report (truth statements that debunk what was reported). Reporting's tracking page
 * shows them; a higher module (the newsroom, through similarity's matches) implements it, and reporting injects it
 * as an {@code ObjectProvider<ReportAnswers>} so it never depends on that module.
 */
public interface ReportAnswers {

	/** The answers to a report, oldest first, titled and linked in {@code language} where that version exists. */
	List<ReportAnswer> forReport(ReportId reportId, String language);

	/**
	 * @param path site-relative address of the public statement
	 * @param language the language of the title and page (may differ from the one asked if that version is missing)
	 */
	record ReportAnswer(String title, String path, String language) {
	}
}
