package org.tawasul.vigilance.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tawasul.identity.Regions;
import org.tawasul.platform.DomainException;
import org.tawasul.platform.TimeConfiguration;
import org.tawasul.reporting.ReportCategory;
import org.tawasul.vigilance.CaseId;
import org.tawasul.vigilance.CaseStage;
import org.tawasul.vigilance.cases.Actor;
import org.tawasul.vigilance.cases.Case;
import org.tawasul.vigilance.cases.CaseQueries;
import org.tawasul.vigilance.cases.CaseWork;
import org.tawasul.vigilance.cases.Cases;
import org.tawasul.vigilance.cases.SlaStatus;
import org.tawasul.vigilance.evidence.EvidenceLocker;
import org.tawasul.vigilance.monitoring.Alert;
import org.tawasul.vigilance.monitoring.Alerts;
import org.tawasul.vigilance.monitoring.Flag;
import org.tawasul.vigilance.monitoring.IncomingItem;
import org.tawasul.vigilance.monitoring.Intake;
import org.tawasul.vigilance.monitoring.ItemSource;

/**
 * The analysts' and supervisors' pages: the live queue (its alert list refreshed by htmx every few seconds, no
 * reload), the case page with its stage forms, and the entry of an item by hand. Every form works without
 * JavaScript (post, then redirect); a refused action comes back as a notice on the page it came from.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST', 'SUPERVISOR')")
class VigilancePages {

	private final Alerts alerts;

	private final Intake intake;

	private final CaseWork work;

	private final Cases cases;

	private final CaseQueries queries;

	private final EvidenceLocker evidence;

	private final StaffContext staff;

	private final Regions regions;

	private final Clock clock;

	VigilancePages(Alerts alerts, Intake intake, CaseWork work, Cases cases, CaseQueries queries,
			EvidenceLocker evidence, StaffContext staff, Regions regions, Clock clock) {
		this.alerts = alerts;
		this.intake = intake;
		this.work = work;
		this.cases = cases;
		this.queries = queries;
		this.evidence = evidence;
		this.staff = staff;
		this.regions = regions;
		this.clock = clock;
	}

	/** An alert with its age on the clock, for the queue. */
	record QueueLine(Alert alert, String age, SlaStatus sla, List<String> reasons) {
	}

	@GetMapping("/staff/vigilance")
	String queue(Authentication authentication, Model model) {
		fillQueue(authentication, model);
		Actor actor = staff.actor(authentication);
		List<String> scope = staff.scope(actor.username());
		List<CaseQueries.CaseLine> open = queries.open(scope, clock.instant());
		model.addAttribute("cases", open);
		model.addAttribute("breaches", open.stream().filter(c -> c.sla() == SlaStatus.BREACH).toList());
		model.addAttribute("supervisor", actor.roles().contains(org.tawasul.identity.Role.SUPERVISOR));
		model.addAttribute("regions", regions.all());
		model.addAttribute("categories", ReportCategory.values());
		return "vigilance/queue";
	}

	/** The alert list alone, polled by htmx. */
	@GetMapping("/staff/vigilance/queue")
	String queueFragment(Authentication authentication, Model model) {
		fillQueue(authentication, model);
		return "vigilance/queue-alerts :: alerts";
	}

	private void fillQueue(Authentication authentication, Model model) {
		String username = authentication.getName();
		Instant now = clock.instant();
		List<QueueLine> lines = alerts.queue(staff.scope(username), username, 100).stream()
			.map(a -> {
				Duration age = Duration.between(a.firstDetectedAt(), now);
				age = age.isNegative() ? Duration.ZERO : age;
				return new QueueLine(a, SlaStatus.format(age), SlaStatus.of(age, queries.sla()),
						a.reasons().stream().map(Flag::kind).distinct().toList());
			})
			.toList();
		model.addAttribute("alerts", lines);
		model.addAttribute("me", username);
	}

	@PostMapping("/staff/vigilance/alerts/{id}/take")
	String take(@PathVariable UUID id, Authentication authentication, RedirectAttributes redirect) {
		if (!alerts.take(id, authentication.getName(), clock.instant())) {
			redirect.addFlashAttribute("notice", "vigilance.alert.not-yours");
		}
		return "redirect:/staff/vigilance";
	}

	@PostMapping("/staff/vigilance/alerts/{id}/release")
	String release(@PathVariable UUID id, Authentication authentication) {
		alerts.release(id, authentication.getName());
		return "redirect:/staff/vigilance";
	}

	@PostMapping("/staff/vigilance/alerts/{id}/case")
	String openFromAlert(@PathVariable UUID id, Authentication authentication, RedirectAttributes redirect) {
		Alert alert = alerts.find(id).orElseThrow(() -> new DomainException(
				org.springframework.http.HttpStatus.NOT_FOUND, "vigilance.alert.not-yours"));
		String category = alert.reasons().stream().map(Flag::category)
			.max((a, b) -> Integer.compare(ReportCategory.valueOf(a).severity(), ReportCategory.valueOf(b).severity()))
			.orElse(ReportCategory.RUMOUR.name());
		String title = alert.sampleText().length() > 120 ? alert.sampleText().substring(0, 120) + "…"
				: alert.sampleText();
		try {
			CaseId caseId = work.open(new CaseWork.OpenCase(title, category, alert.severity(), alert.regionCode(), id,
					List.of(), List.of(), null), staff.actor(authentication));
			return "redirect:/staff/vigilance/cases/" + caseId;
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("notice", refused.messageKey());
			return "redirect:/staff/vigilance";
		}
	}

	/** An analyst enters something seen online: a link and what it shows. */
	@PostMapping("/staff/vigilance/items")
	String enterItem(@RequestParam String url, @RequestParam String text, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) String category, Authentication authentication, RedirectAttributes redirect) {
		if (text.isBlank() || !(url.startsWith("https://") || url.startsWith("http://"))) {
			redirect.addFlashAttribute("notice", "vigilance.item.link-and-text");
			return "redirect:/staff/vigilance";
		}
		ReportCategory reported = category == null || category.isBlank() ? null : ReportCategory.valueOf(category);
		intake.ingest(List.of(new IncomingItem(ItemSource.ANALYST, authentication.getName(), UUID.randomUUID().toString(),
				url.strip(), text.strip(), null, blankToNull(regionCode), reported, null, null, clock.instant())));
		redirect.addFlashAttribute("notice", "vigilance.item.entered");
		return "redirect:/staff/vigilance";
	}

	@GetMapping("/staff/vigilance/cases/new")
	String newCase(Model model) {
		model.addAttribute("regions", regions.all());
		model.addAttribute("categories", ReportCategory.values());
		return "vigilance/new-case";
	}

	@PostMapping("/staff/vigilance/cases")
	String openByHand(@RequestParam String title, @RequestParam String category,
			@RequestParam(required = false) String regionCode, @RequestParam(required = false) String reportIds,
			@RequestParam(required = false) String detectedAt, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			ReportCategory reported = ReportCategory.valueOf(category);
			List<UUID> reports = new ArrayList<>();
			if (reportIds != null) {
				for (String id : reportIds.split("[\\s,]+")) {
					if (!id.isBlank()) {
						reports.add(UUID.fromString(id.strip()));
					}
				}
			}
			Instant detected = detectedAt == null || detectedAt.isBlank() ? null
					: LocalDateTime.parse(detectedAt).atZone(TimeConfiguration.SERVICE_ZONE).toInstant();
			CaseId id = work.open(new CaseWork.OpenCase(title, reported.name(), reported.severity(),
					blankToNull(regionCode), null, List.of(), reports, detected), staff.actor(authentication));
			return "redirect:/staff/vigilance/cases/" + id;
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("notice", refused.messageKey());
			redirect.addFlashAttribute("noticeArgs", refused.arguments());
		}
		catch (IllegalArgumentException | java.time.DateTimeException malformed) {
			redirect.addFlashAttribute("notice", "vigilance.case.form-invalid");
		}
		return "redirect:/staff/vigilance/cases/new";
	}

	@GetMapping("/staff/vigilance/cases/{id}")
	String casePage(@PathVariable UUID id, Authentication authentication, Model model) {
		CaseId caseId = new CaseId(id);
		Case c = cases.get(caseId);
		Instant now = clock.instant();
		Duration elapsed = c.elapsed(now);
		model.addAttribute("c", c);
		model.addAttribute("elapsed", SlaStatus.format(elapsed));
		model.addAttribute("sla", SlaStatus.of(elapsed, queries.sla()));
		model.addAttribute("items", queries.items(caseId));
		model.addAttribute("reports", queries.reports(caseId));
		model.addAttribute("evidence", evidence.ofCase(caseId));
		model.addAttribute("stages", Arrays.asList(CaseStage.values()));
		model.addAttribute("supervisor", staff.actor(authentication).roles().contains(org.tawasul.identity.Role.SUPERVISOR));
		return "vigilance/case";
	}

	@PostMapping("/staff/vigilance/cases/{id}/stage")
	String advance(@PathVariable UUID id, @RequestParam CaseStage target, @RequestParam(required = false) String note,
			@RequestParam(required = false) String reference, Authentication authentication,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> work.advance(new CaseId(id), target, staff.actor(authentication), note, reference));
	}

	@PostMapping("/staff/vigilance/cases/{id}/communicate")
	String communicate(@PathVariable UUID id, @RequestParam String link, @RequestParam(required = false) String note,
			Authentication authentication, RedirectAttributes redirect) {
		return act(id, redirect, () -> work.communicate(new CaseId(id), link, staff.actor(authentication), note));
	}

	@PostMapping("/staff/vigilance/cases/{id}/dismiss")
	String dismiss(@PathVariable UUID id, @RequestParam String reason, Authentication authentication,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> work.dismiss(new CaseId(id), reason, staff.actor(authentication)));
	}

	private String act(UUID id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("notice", refused.messageKey());
			redirect.addFlashAttribute("noticeArgs", refused.arguments());
		}
		return "redirect:/staff/vigilance/cases/" + id;
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
