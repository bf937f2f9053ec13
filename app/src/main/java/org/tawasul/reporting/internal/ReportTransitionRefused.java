package org.tawasul.reporting.internal;

import org.springframework.http.HttpStatus;
import org.tawasul.platform.DomainException;

/** A triage action that the report's current state does not allow (e.g. escalating a rejected report). */
public class ReportTransitionRefused extends DomainException {

	ReportTransitionRefused(String messageKey, Object... arguments) {
		super(HttpStatus.CONFLICT, messageKey, arguments);
	}
}
