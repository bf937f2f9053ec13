package org.tawasul.reporting.web;

import java.util.List;

import org.tawasul.reporting.ReportId;
import org.tawasul.reporting.internal.SubmitReport;
import org.tawasul.reporting.internal.TrackingCode;

/**
 * The answer a bot gets when it fills the hidden {@code website} field: it looks exactly like a stored report
 * (a well-formed tracking code), but nothing was stored and the code leads nowhere.
 */
final class Honeypot {

	private Honeypot() {
	}

	static SubmitReport.Submission decoy(java.time.Instant at) {
		return new SubmitReport.Submission(ReportId.generate(), TrackingCode.generate(),
				at, List.of(), false);
	}
}
