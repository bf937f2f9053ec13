package org.tawasul.reporting.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tawasul.platform.DomainException;
import org.tawasul.platform.web.ApiProblems;
import org.tawasul.reporting.internal.InvalidReport;
import org.tawasul.reporting.internal.NewReport;
import org.tawasul.reporting.internal.RefusedFile;
import org.tawasul.reporting.internal.ReportInput;
import org.tawasul.reporting.internal.ReportValidation;
import org.tawasul.reporting.internal.SubmitReport;
import org.tawasul.reporting.internal.TrackReport;
import org.tawasul.reporting.internal.TrackingCode;
import org.tawasul.reporting.internal.Upload;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public reporting API (see {@code docs/reporting.md}): file a report as JSON or as multipart with files, and
 * follow it by tracking code. Refusals are RFC 9457 problem documents in the caller's language.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportsApi {

	private final ReportValidation validation;

	private final SubmitReport submitReport;

	private final TrackReport trackReport;

	private final ApiProblems problems;

	private final MessageSource messages;

	private final java.time.Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	private final TrackingAnswers answers;

	ReportsApi(ReportValidation validation, SubmitReport submitReport, TrackReport trackReport, ApiProblems problems,
			MessageSource messages, java.time.Clock clock, TrackingAnswers answers) {
		this.answers = answers;
		this.clock = clock;
		this.validation = validation;
		this.submitReport = submitReport;
		this.trackReport = trackReport;
		this.problems = problems;
		this.messages = messages;
	}

	/** The reporter's contact in a request. */
	record ContactBody(@Nullable String email, @Nullable String phone) {
	}

	/** A report as the API receives it; {@code website} is a trap for bots and must stay empty. */
	record ReportBody(@Nullable String category, @Nullable String description, @Nullable String postText,
			@Nullable List<String> links, @Nullable String platform, @Nullable String seenAt, @Nullable String language,
			@Nullable String region, @Nullable ContactBody contact, @Nullable String website) {

		ReportInput input() {
			return new ReportInput(category, description, postText, links, platform, seenAt, language, region,
					contact == null ? null : contact.email(), contact == null ? null : contact.phone());
		}
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> submit(@RequestBody ReportBody body,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			HttpServletRequest request, Locale locale) {
		return submit(body, List.of(), idempotencyKey, request, locale, false);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, Object>> submitWithFiles(@RequestPart("report") String report,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			HttpServletRequest request, Locale locale) {
		ReportBody body;
		try {
			body = json.readValue(report, ReportBody.class);
		}
		catch (JacksonException ex) {
			throw new DomainException(HttpStatus.BAD_REQUEST, "problem.report.unreadable");
		}
		List<MultipartFile> parts = files == null ? List.of() : files;
		return submit(body, parts, idempotencyKey, request, locale, true);
	}

	private ResponseEntity<Map<String, Object>> submit(ReportBody body, List<MultipartFile> files,
			@Nullable String idempotencyKey, HttpServletRequest request, Locale locale, boolean multipart) {
		NewReport report = validation.validate(body.input(), locale);
		List<Upload> uploads = files.stream()
			.map(f -> new Upload(f.getOriginalFilename() == null ? "" : f.getOriginalFilename(), f.getSize(), f))
			.toList();
		SubmitReport.Submission submission;
		if (body.website() != null && !body.website().isBlank()) {
			submission = Honeypot.decoy(clock.instant());
		}
		else {
			SubmitReport.IdempotencyKey key = idempotencyKey == null ? null
					: new SubmitReport.IdempotencyKey(idempotencyKey, request.getRemoteAddr(), RequestDigest.of(json.writeValueAsString(body), files));
			submission = submitReport.submit(report, uploads, key);
		}
		Map<String, Object> response = new LinkedHashMap<>();
		String code = submission.code().grouped();
		response.put("trackingCode", code);
		response.put("status", "RECEIVED");
		response.put("submittedAt", submission.submittedAt().toString());
		response.put("trackingUrl", "/track/" + code);
		if (multipart) {
			List<Map<String, String>> refused = new ArrayList<>();
			for (RefusedFile file : submission.refused()) {
				refused.add(Map.of("name", file.name(), "reason",
						messages.getMessage(file.reasonKey(), file.arguments().toArray(), locale)));
			}
			response.put("refusedFiles", refused);
		}
		return ResponseEntity.created(URI.create("/api/v1/reports/" + code)).body(response);
	}

	@GetMapping("/{trackingCode}")
	Map<String, Object> track(@PathVariable String trackingCode, Locale locale) {
		TrackingCode code = TrackingCode.require(trackingCode);
		TrackReport.TrackingView view = trackReport.find(code)
			.orElseThrow(() -> new DomainException(HttpStatus.NOT_FOUND, "problem.report.not-found"));
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("trackingCode", code.grouped());
		response.put("status", view.status().name());
		response.put("category", view.category().name());
		response.put("submittedAt", view.submittedAt().toString());
		response.put("history", view.history().stream()
			.map(h -> Map.of("status", h.status().name(), "label",
					messages.getMessage(h.status().labelKey(), null, locale), "at", h.at().toString()))
			.toList());
		response.put("messages", view.messages().stream()
			.map(m -> Map.of("at", m.at().toString(), "text", m.text()))
			.toList());
		response.put("attachments", view.attachments());
		response.put("answers", answers.of(view, ReportPages.language(locale)).stream()
			.map(a -> Map.of("title", a.title(), "url", a.path(), "language", a.language()))
			.toList());
		return response;
	}

	/** Field by field, what is wrong with a report, in the caller's language. */
	@ExceptionHandler(InvalidReport.class)
	ResponseEntity<ProblemDetail> invalid(InvalidReport ex, Locale locale) {
		ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, ex.messageKey());
		problem.setProperty("errors", ex.problems().stream()
			.map(p -> Map.of("field", p.field(), "message",
					messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)))
			.toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
