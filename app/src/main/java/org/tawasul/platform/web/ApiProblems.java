package org.tawasul.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tawasul.platform.DomainException;

/**
 * The API surface's errors: every refusal is an RFC 9457 problem document whose {@code title} and {@code detail}
 * are in the caller's language ({@code Accept-Language}). Spring MVC's own exceptions take their texts from the
 * {@code problemDetail.*} keys of the message bundles; {@link DomainException}s from their message key. Field
 * errors are listed under {@code errors} so a client can point at the field.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	/** Problem types are documented under this base (see {@code docs/api.md}). */
	public static final String TYPE_BASE = "https://tawasul.org/problems/";

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException ex) {
		ProblemDetail problem = problem(ex.status(), ex.messageKey(), ex.arguments());
		return ResponseEntity.status(ex.status()).body(problem);
	}

	/** A method-level refusal ({@code @PreAuthorize}) is a 403, not an unexpected error. */
	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied() {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(problem(HttpStatus.FORBIDDEN, "problem.status.403.detail"));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraint(ConstraintViolationException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid-request");
		problem.setProperty("errors", ex.getConstraintViolations().stream()
			.map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
			.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid-request");
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(e -> fieldError(e, locale))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().headers(headers).body(problem);
	}

	private Map<String, String> fieldError(FieldError error, Locale locale) {
		Map<String, String> entry = new LinkedHashMap<>();
		entry.put("field", error.getField());
		entry.put("message", messages.getMessage(error, locale));
		return entry;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error on the API", ex);
		return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected"));
	}

	/** A problem document for a message key, in the current request's language. */
	public ProblemDetail problem(HttpStatusCode status, String messageKey, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create(TYPE_BASE + messageKey.replace("problem.", "")));
		problem.setTitle(messages.getMessage(messageKey + ".title", null,
				messages.getMessage("problem.status." + status.value(), null, String.valueOf(status.value()), locale),
				locale));
		problem.setDetail(messages.getMessage(messageKey, arguments, messageKey, locale));
		return problem;
	}
}
