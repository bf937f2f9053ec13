package org.tawasul.platform.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that no controller handled (unknown address, refused method, a filter's refusal, an oversize upload
 * rejected by the server): a problem document for API callers, a friendly page in the visitor's language for
 * everyone else. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	private final ApiProblems problems;

	ErrorPages(ApiProblems problems) {
		this.problems = problems;
	}

	@RequestMapping(path = "/error", produces = MediaType.APPLICATION_PROBLEM_JSON_VALUE)
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		ProblemDetail problem = problems.problem(status, "problem.status." + status.value() + ".detail");
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
			problem.setInstance(java.net.URI.create(path));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@RequestMapping("/error")
	Object page(HttpServletRequest request, Model model, Locale locale) {
		HttpStatus status = status(request);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && path.startsWith("/api/")) {
			return problem(request);
		}
		model.addAttribute("status", status.value());
		model.addAttribute("messageKey", "problem.status." + status.value() + ".detail");
		return new org.springframework.web.servlet.ModelAndView("error", model.asMap(), status);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}
}
