package org.tawasul.platform.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request larger than the server accepts ({@code spring.servlet.multipart.*}) fails before any controller is
 * chosen, so no controller advice sees it, and the error page's own dispatch would fail on the same body again.
 * This resolver answers at once: a localised 413 problem document on the API, the friendly page elsewhere.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UploadTooLarge implements HandlerExceptionResolver {

	private final ApiProblems problems;

	/** The localised explanation, on the page and in the problem document. */
	private static final String DETAIL = "problem.status.413.detail";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	UploadTooLarge(ApiProblems problems) {
		this.problems = problems;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (!(ex instanceof MaxUploadSizeExceededException)) {
			return null;
		}
		if (isApi(request)) {
			try {
				writeProblem(problems, response);
			}
			catch (IOException writeFailed) {
				return null;
			}
			return new ModelAndView();
		}
		ModelAndView page = new ModelAndView("error", HttpStatus.PAYLOAD_TOO_LARGE);
		page.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
		page.addObject("messageKey", DETAIL);
		return page;
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	/** Writes the localised 413 problem document (the request's locale) as the whole response. */
	static void writeProblem(ApiProblems problems, HttpServletResponse response) throws IOException {
		ProblemDetail problem = problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, DETAIL);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getOutputStream(), body);
	}
}
