package org.tawasul.newsroom.site;

import java.util.Map;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.tawasul.platform.DomainException;

/** The newsroom's pages (public and staff) answer a refused request with the friendly error page, in its language. */
@ControllerAdvice(basePackages = "org.tawasul.newsroom")
class SiteErrors {

	@ExceptionHandler(DomainException.class)
	ModelAndView refused(DomainException e) {
		return new ModelAndView("error", Map.of("status", e.status().value(), "messageKey", e.messageKey(),
				"messageArgs", e.arguments()), e.status());
	}
}
