package org.tawasul.reporting.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tawasul.identity.Regions;
import org.tawasul.platform.web.Languages;
import org.tawasul.reporting.ReportCategory;
import org.tawasul.reporting.internal.FieldProblem;
import org.tawasul.reporting.internal.InvalidReport;
import org.tawasul.reporting.internal.NewReport;
import org.tawasul.reporting.internal.Platform;
import org.tawasul.reporting.internal.ReportValidation;
import org.tawasul.reporting.internal.ReportingProperties;
import org.tawasul.reporting.internal.SubmitReport;
import org.tawasul.reporting.internal.TrackReport;
import org.tawasul.reporting.internal.TrackingCode;
import org.tawasul.reporting.internal.Upload;

/**
 * The citizen's pages: the report form ({@code /report}), the confirmation with the tracking code, and the
 * tracking pages ({@code /track}, {@code /track/{code}}). They work without JavaScript: a report with mistakes comes
 * back with every typed value kept and a message at each field.
 */
@Controller
class ReportPages {

	private final ReportValidation validation;

	private final SubmitReport submitReport;

	private final TrackReport trackReport;

	private final Regions regions;

	private final MessageSource messages;

	private final ReportingProperties properties;

	private final Clock clock;

	private final TrackingAnswers answers;

	ReportPages(ReportValidation validation, SubmitReport submitReport, TrackReport trackReport, Regions regions,
			MessageSource messages, ReportingProperties properties, Clock clock, TrackingAnswers answers) {
		this.answers = answers;
		this.validation = validation;
		this.submitReport = submitReport;
		this.trackReport = trackReport;
		this.regions = regions;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The empty form; {@code ?text=} (the "Is it true?" page's link when nothing matched) pre-fills the pasted post's
	 * text, cut to the field's limit, and chooses the rumour category. Thymeleaf escapes it when rendering.
	 */
	@GetMapping("/report")
	String form(@RequestParam(required = false) @Nullable String text, Model model) {
		ReportForm form = new ReportForm();
		form.setIdempotencyKey(UUID.randomUUID().toString());
		String pasted = prefill(text);
		if (pasted != null) {
			form.setPostText(pasted);
			form.setCategory(ReportCategory.RUMOUR.name());
		}
		return showForm(form, Map.of(), false, model);
	}

	@PostMapping("/report")
	String submit(@ModelAttribute("form") ReportForm form, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		List<MultipartFile> files = form.getFiles() == null ? List.of() : form.getFiles();
		String language = language(locale);
		NewReport report;
		try {
			report = validation.validate(form.input(language), locale);
		}
		catch (InvalidReport ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				errors.putIfAbsent(problem.field(),
						messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale));
			}
			if (form.getIdempotencyKey() == null) {
				form.setIdempotencyKey(UUID.randomUUID().toString());
			}
			response.setStatus(400);
			boolean hadFiles = files.stream().anyMatch(f -> f.getSize() > 0);
			return showForm(form, errors, hadFiles, model);
		}
		SubmitReport.Submission submission;
		if (form.getWebsite() != null && !form.getWebsite().isBlank()) {
			submission = Honeypot.decoy(clock.instant());
		}
		else {
			String key = form.getIdempotencyKey();
			SubmitReport.IdempotencyKey idempotency = key == null || key.isBlank() ? null
					: new SubmitReport.IdempotencyKey(key, request.getRemoteAddr(),
							RequestDigest.of(form.canonical(), files));
			List<Upload> uploads = files.stream()
				.map(f -> new Upload(f.getOriginalFilename() == null ? "" : f.getOriginalFilename(), f.getSize(), f))
				.toList();
			submission = submitReport.submit(report, uploads, idempotency);
		}
		model.addAttribute("code", submission.code().grouped());
		model.addAttribute("refused", submission.refused().stream()
			.map(r -> Map.of("name", r.name(), "reason",
					messages.getMessage(r.reasonKey(), r.arguments().toArray(), locale)))
			.toList());
		return "reporting/received";
	}

	private String showForm(ReportForm form, Map<String, String> errors, boolean hadFiles, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("hadFiles", hadFiles);
		model.addAttribute("categories", ReportCategory.values());
		model.addAttribute("platforms", Platform.values());
		model.addAttribute("regions", regions.all().stream().filter(r -> r.parentCode() == null).toList());
		model.addAttribute("maxFiles", Integer.toString(properties.uploads().maxFiles()));
		model.addAttribute("maxImageMb", Long.toString(properties.uploads().maxImageSize().toMegabytes()));
		model.addAttribute("maxVideoMb", Long.toString(properties.uploads().maxVideoSize().toMegabytes()));
		return "reporting/form";
	}

	@GetMapping("/track")
	String track(@RequestParam(required = false) @Nullable String code, Model model, HttpServletResponse response) {
		if (code == null || code.isBlank()) {
			return trackForm(null, null, model);
		}
		Optional<TrackingCode> parsed = TrackingCode.parse(code.length() > 64 ? "" : code);
		if (parsed.isEmpty()) {
			response.setStatus(400);
			return trackForm(code, "problem.tracking-code.invalid", model);
		}
		return "redirect:/track/" + parsed.get().grouped();
	}

	@GetMapping("/track/{code}")
	String status(@PathVariable String code, Model model, HttpServletResponse response, Locale locale) {
		Optional<TrackingCode> parsed = TrackingCode.parse(code.length() > 64 ? "" : code);
		if (parsed.isEmpty()) {
			response.setStatus(400);
			return trackForm(code, "problem.tracking-code.invalid", model);
		}
		Optional<TrackReport.TrackingView> view = trackReport.find(parsed.get());
		if (view.isEmpty()) {
			response.setStatus(404);
			return trackForm(parsed.get().grouped(), "problem.report.not-found", model);
		}
		model.addAttribute("view", view.get());
		model.addAttribute("answers", answers.of(view.get(), language(locale)));
		return "reporting/status";
	}

	static @Nullable String prefill(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String cleaned = text.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
		if (cleaned.isEmpty()) {
			return null;
		}
		if (cleaned.length() > ReportValidation.MAX_POST_TEXT) {
			int end = ReportValidation.MAX_POST_TEXT;
			if (Character.isHighSurrogate(cleaned.charAt(end - 1))) {
				end--;
			}
			cleaned = cleaned.substring(0, end);
		}
		return cleaned;
	}

	static String language(Locale locale) {
		return Languages.supported(locale.toLanguageTag()).orElse(Languages.ARABIC).getLanguage();
	}

	private static String trackForm(@Nullable String typed, @Nullable String problem, Model model) {
		model.addAttribute("typed", typed);
		model.addAttribute("problem", problem);
		return "reporting/track";
	}
}
