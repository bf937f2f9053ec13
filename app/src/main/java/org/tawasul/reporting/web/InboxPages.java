package org.tawasul.reporting.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tawasul.identity.Regions;
import org.tawasul.platform.DomainException;
import org.tawasul.platform.blob.BlobStore;
import org.tawasul.platform.web.Languages;
import org.tawasul.reporting.ReportCategory;
import org.tawasul.reporting.ReportId;
import org.tawasul.reporting.ReporterContacts;
import org.tawasul.reporting.internal.AddNote;
import org.tawasul.reporting.internal.AssignReport;
import org.tawasul.reporting.internal.EscalateReport;
import org.tawasul.reporting.internal.Inbox;
import org.tawasul.reporting.internal.MarkDuplicate;
import org.tawasul.reporting.internal.MessageReporter;
import org.tawasul.reporting.internal.PlaceReport;
import org.tawasul.reporting.internal.PrioritiseReport;
import org.tawasul.reporting.internal.RejectReport;
import org.tawasul.reporting.internal.Report;
import org.tawasul.reporting.internal.ReportDetails;
import org.tawasul.reporting.internal.ReportStatus;
import org.tawasul.reporting.internal.StaffScope;

/**
 * The triage inbox ({@code /staff/reports}) and a report's page with the triage actions. Viewers read; triage
 * agents and supervisors act. Every action and every view of a report is audited by the use cases themselves.
 * The list refreshes itself every 10 seconds with htmx; without JavaScript the filter form simply reloads it.
 */
@Controller
@RequestMapping("/staff/reports")
@PreAuthorize("hasAnyRole('TRIAGE_AGENT', 'SUPERVISOR', 'VIEWER')")
class InboxPages {

	private static final String ACT = "hasAnyRole('TRIAGE_AGENT', 'SUPERVISOR')";

	private static final Set<String> ACTING_ROLES = Set.of("ROLE_TRIAGE_AGENT", "ROLE_SUPERVISOR");

	private static final Set<String> DONE = Set.of("assign", "priority", "note", "message", "duplicate", "reject",
			"escalate", "region");

	private final Inbox inbox;

	private final ReportDetails details;

	private final StaffScope scope;

	private final Regions regions;

	private final BlobStore blobs;

	private final ReporterContacts contacts;

	private final AssignReport assign;

	private final PrioritiseReport prioritise;

	private final AddNote addNote;

	private final MessageReporter messageReporter;

	private final MarkDuplicate markDuplicate;

	private final RejectReport reject;

	private final EscalateReport escalate;

	private final PlaceReport place;

	InboxPages(Inbox inbox, ReportDetails details, StaffScope scope, Regions regions, BlobStore blobs,
			ReporterContacts contacts, AssignReport assign, PrioritiseReport prioritise, AddNote addNote,
			MessageReporter messageReporter, MarkDuplicate markDuplicate, RejectReport reject, EscalateReport escalate,
			PlaceReport place) {
		this.inbox = inbox;
		this.details = details;
		this.scope = scope;
		this.regions = regions;
		this.blobs = blobs;
		this.contacts = contacts;
		this.assign = assign;
		this.prioritise = prioritise;
		this.addNote = addNote;
		this.messageReporter = messageReporter;
		this.markDuplicate = markDuplicate;
		this.reject = reject;
		this.escalate = escalate;
		this.place = place;
	}

	@GetMapping
	String inbox(@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String region, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, Principal principal, HttpServletRequest request, Model model) {
		String regionFilter = region == null ? scope.regionOf(principal.getName()).orElse("") : region;
		Inbox.Filter filter = new Inbox.Filter(
				Arrays.stream(ReportCategory.values()).filter(c -> c.name().equals(category)).findFirst().orElse(null),
				Arrays.stream(ReportStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null),
				language == null ? null : Languages.supported(language).map(l -> l.getLanguage()).orElse(null),
				date(from), date(to), regionFilter.isEmpty() || regions.find(regionFilter).isEmpty() ? null : regionFilter,
				q == null || q.isBlank() ? null : q.length() > 200 ? q.substring(0, 200) : q, Math.max(0, page));
		List<Inbox.Row> rows = inbox.list(filter);
		model.addAttribute("rows", rows.size() > Inbox.PAGE_SIZE ? rows.subList(0, Inbox.PAGE_SIZE) : rows);
		model.addAttribute("more", rows.size() > Inbox.PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("regionParam", regionFilter);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("query", request.getQueryString() == null ? "" : request.getQueryString());
		model.addAttribute("categories", ReportCategory.values());
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("languages", Languages.SUPPORTED.stream().map(l -> l.getLanguage()).toList());
		model.addAttribute("regions", regions.all());
		return "true".equals(request.getHeader("HX-Request")) ? "reporting/inbox :: list" : "reporting/inbox";
	}

	@GetMapping("/{id}")
	String report(@PathVariable UUID id, @RequestParam(required = false) @Nullable String done, Principal principal,
			Model model) {
		ReportDetails.Details report = details.open(new ReportId(id), principal.getName());
		model.addAttribute("d", report);
		model.addAttribute("r", report.report());
		model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
		model.addAttribute("regions", regions.all());
		model.addAttribute("maxPriority", Report.MAX_PRIORITY);
		model.addAttribute("canAct", principal instanceof Authentication authentication
				&& authentication.getAuthorities().stream().anyMatch(a -> ACTING_ROLES.contains(a.getAuthority())));
		if (!model.containsAttribute("contactShown")) {
			model.addAttribute("contactShown", false);
		}
		return "reporting/report";
	}

	@PostMapping("/{id}/contact")
	@PreAuthorize(ACT)
	String showContact(@PathVariable UUID id, Principal principal, Model model) {
		model.addAttribute("contact", contacts.find(new ReportId(id), principal.getName()).orElse(null));
		model.addAttribute("contactShown", true);
		return report(id, null, principal, model);
	}

	@GetMapping("/{id}/attachments/{position}")
	void attachment(@PathVariable UUID id, @PathVariable int position, Principal principal,
			HttpServletResponse response) throws IOException {
		ReportDetails.AttachmentRow row = details.attachment(new ReportId(id), position, principal.getName());
		response.setContentType(row.mediaType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"report-" + id + "-" + position + extension(row.mediaType()) + "\"");
		try (InputStream in = blobs.open(row.sha256())) {
			StreamUtils.copy(in, response.getOutputStream());
		}
	}

	@PostMapping("/{id}/assign")
	@PreAuthorize(ACT)
	String assign(@PathVariable UUID id, @RequestParam(defaultValue = "") String assignee, Principal principal) {
		assign.assign(new ReportId(id), assignee.isBlank() ? principal.getName() : assignee, principal.getName());
		return done(id, "assign");
	}

	@PostMapping("/{id}/priority")
	@PreAuthorize(ACT)
	String priority(@PathVariable UUID id, @RequestParam int priority, Principal principal) {
		prioritise.prioritise(new ReportId(id), priority, principal.getName());
		return done(id, "priority");
	}

	@PostMapping("/{id}/note")
	@PreAuthorize(ACT)
	String note(@PathVariable UUID id, @RequestParam String text, Principal principal) {
		addNote.add(new ReportId(id), text, principal.getName());
		return done(id, "note");
	}

	@PostMapping("/{id}/message")
	@PreAuthorize(ACT)
	String message(@PathVariable UUID id, @RequestParam String text, Principal principal) {
		messageReporter.send(new ReportId(id), text, principal.getName());
		return done(id, "message");
	}

	@PostMapping("/{id}/duplicate")
	@PreAuthorize(ACT)
	String duplicate(@PathVariable UUID id, @RequestParam String original, Principal principal) {
		long reference;
		try {
			reference = Long.parseLong(original.strip().replace("#", ""));
		}
		catch (NumberFormatException ex) {
			throw new DomainException(HttpStatus.BAD_REQUEST, "report.duplicate.unknown", original);
		}
		markDuplicate.mark(new ReportId(id), reference, principal.getName());
		return done(id, "duplicate");
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize(ACT)
	String reject(@PathVariable UUID id, @RequestParam String reason, Principal principal) {
		reject.reject(new ReportId(id), reason, principal.getName());
		return done(id, "reject");
	}

	@PostMapping("/{id}/escalate")
	@PreAuthorize(ACT)
	String escalate(@PathVariable UUID id, Principal principal) {
		escalate.escalate(new ReportId(id), principal.getName());
		return done(id, "escalate");
	}

	@PostMapping("/{id}/region")
	@PreAuthorize(ACT)
	String region(@PathVariable UUID id, @RequestParam(defaultValue = "") String region, Principal principal) {
		place.place(new ReportId(id), region, principal.getName());
		return done(id, "region");
	}

	private static String done(UUID id, String action) {
		return "redirect:/staff/reports/" + id + "?done=" + action;
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		if (text == null || text.isBlank() || text.length() > 10) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String extension(String mediaType) {
		return switch (mediaType) {
			case "image/jpeg" -> ".jpg";
			case "image/png" -> ".png";
			case "application/pdf" -> ".pdf";
			case "video/mp4" -> ".mp4";
			case "video/webm" -> ".webm";
			default -> "";
		};
	}
}
