package org.tawasul.newsroom.desk;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tawasul.newsroom.PublicLinks;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.reporting.ReportId;
import org.tawasul.similarity.StatementMatches;

/**
 * Suggested matches between citizen reports and truth statements (between the suggest and confirm thresholds):
 * triage agents (and editors) confirm — the reporter is answered as for an automatic match — or dismiss. Every
 * decision is stored as feedback for tuning the thresholds.
 */
@Controller
@RequestMapping("/staff/newsroom/matches")
@PreAuthorize("hasAnyRole('TRIAGE_AGENT', 'EDITOR', 'APPROVER', 'SUPERVISOR')")
class StatementMatchReview {

	private final StatementMatches matches;

	private final PublicLinks links;

	StatementMatchReview(StatementMatches matches, PublicLinks links) {
		this.matches = matches;
		this.links = links;
	}

	@GetMapping
	String list(Model model, java.util.Locale locale) {
		model.addAttribute("suggestions", matches.pendingSuggestions(100).stream()
			.map(s -> new Row(s, links.find(new PublicationId(s.publicationId()), locale.getLanguage()).orElse(null)))
			.toList());
		return "newsroom/staff/matches";
	}

	@PostMapping("/{reportId}/{publicationId}/confirm")
	String confirm(@PathVariable UUID reportId, @PathVariable UUID publicationId, Authentication who) {
		matches.confirm(new ReportId(reportId), publicationId, who.getName());
		return "redirect:/staff/newsroom/matches?confirmed";
	}

	@PostMapping("/{reportId}/{publicationId}/dismiss")
	String dismiss(@PathVariable UUID reportId, @PathVariable UUID publicationId, Authentication who) {
		matches.dismiss(new ReportId(reportId), publicationId, who.getName());
		return "redirect:/staff/newsroom/matches?dismissed";
	}

	public record Row(StatementMatches.Suggestion suggestion, PublicLinks.@org.jspecify.annotations.Nullable PublicLink link) {
	}
}
