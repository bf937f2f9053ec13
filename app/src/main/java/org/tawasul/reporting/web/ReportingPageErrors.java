package org.tawasul.reporting.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.tawasul.platform.DomainException;

/**
 * A rule that says no on a reporting page (an illegal transition, an unknown original report, a blank reason)
 * shows the friendly error page with the rule's message, in the visitor's language, and the fitting status.
 */
@ControllerAdvice(assignableTypes = { ReportPages.class, InboxPages.class })
class ReportingPageErrors {

	@ExceptionHandler(DomainException.class)
	ModelAndView refused(DomainException ex) {
		ModelAndView page = new ModelAndView("error", ex.status());
		page.addObject("status", ex.status().value());
		page.addObject("messageKey", ex.messageKey());
		page.addObject("messageArguments", ex.arguments());
		return page;
	}
}
