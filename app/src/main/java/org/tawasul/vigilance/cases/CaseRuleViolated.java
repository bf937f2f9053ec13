package org.tawasul.vigilance.cases;

import org.springframework.http.HttpStatus;
import org.tawasul.platform.DomainException;

/** A case was asked to do what its rules forbid: a stage out of order, a missing reason, a role that may not. */
public class CaseRuleViolated extends DomainException {

	CaseRuleViolated(HttpStatus status, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
	}

	static CaseRuleViolated conflict(String key, Object... arguments) {
		return new CaseRuleViolated(HttpStatus.CONFLICT, key, arguments);
	}

	static CaseRuleViolated forbidden(String key, Object... arguments) {
		return new CaseRuleViolated(HttpStatus.FORBIDDEN, key, arguments);
	}

	static CaseRuleViolated notFound(Object id) {
		return new CaseRuleViolated(HttpStatus.NOT_FOUND, "vigilance.case.not-found", id);
	}

	static CaseRuleViolated invalid(String key, Object... arguments) {
		return new CaseRuleViolated(HttpStatus.BAD_REQUEST, key, arguments);
	}
}
