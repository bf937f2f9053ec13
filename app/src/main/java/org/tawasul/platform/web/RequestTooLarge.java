package org.tawasul.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart request that announces more bytes than the server accepts ({@code spring.servlet.multipart
 * .max-request-size}) is answered with 413 at once, before the security filters: otherwise the CSRF filter, unable
 * to read the form's token from a body too large to parse, would answer with a misleading "form expired" refusal.
 * The error page then explains it in the visitor's language (a problem document on the API). Requests without a
 * length (chunked) are caught later by {@link UploadTooLarge}.
 */
@Component
@Order(-104) // after Boot's RequestContextFilter (-105, sets the request's locale), before Spring Security (-100)
class RequestTooLarge extends OncePerRequestFilter {

	private final long maxRequestBytes;

	private final ApiProblems problems;

	RequestTooLarge(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize,
			ApiProblems problems) {
		this.maxRequestBytes = maxRequestSize.toBytes();
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxRequestBytes) {
			if (UploadTooLarge.isApi(request)) {
				UploadTooLarge.writeProblem(problems, response);
			}
			else {
				response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			}
			return;
		}
		chain.doFilter(request, response);
	}
}
