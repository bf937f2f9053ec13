package org.tawasul.vigilance.web;

import java.util.UUID;

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
import org.tawasul.reporting.ReportCategory;
import org.tawasul.vigilance.CaseStage;
import org.tawasul.vigilance.cases.CaseQueries;
import org.tawasul.vigilance.monitoring.Collectors;
import org.tawasul.vigilance.monitoring.FollowedFeeds;
import org.tawasul.vigilance.monitoring.WatchList;

/** The dashboard, the watch lists (the flagger's rules), the followed feeds and the collectors' tokens. */
@Controller
class SupervisorPages {

	private final CaseQueries queries;

	private final WatchList watchList;

	private final Collectors collectors;

	private final Regions regions;

	private final FollowedFeeds feeds;

	SupervisorPages(CaseQueries queries, WatchList watchList, Collectors collectors, Regions regions, FollowedFeeds feeds) {
		this.feeds = feeds;
		this.queries = queries;
		this.watchList = watchList;
		this.collectors = collectors;
		this.regions = regions;
	}

	@GetMapping("/staff/vigilance/dashboard")
	@PreAuthorize("hasAnyRole('ANALYST', 'SUPERVISOR', 'VIEWER')")
	String dashboard(Model model) {
		java.util.List<CaseStage> stages = java.util.List.of(CaseStage.DETECTED, CaseStage.EXPERTISE,
				CaseStage.INTERVENTION, CaseStage.JUDICIAL, CaseStage.COMMUNICATION);
		java.util.Map<String, long[]> rows = new java.util.TreeMap<>();
		for (CaseQueries.StageRegionCount cell : queries.openByStageAndRegion()) {
			long[] row = rows.computeIfAbsent(cell.regionCode() == null ? "—" : cell.regionCode(),
					r -> new long[stages.size() + 1]);
			row[stages.indexOf(cell.stage())] += cell.count();
			row[stages.size()] += cell.count();
		}
		model.addAttribute("rows", rows.entrySet().stream()
			.map(e -> new OpenRow(e.getKey(), java.util.Arrays.stream(e.getValue()).boxed().toList())).toList());
		model.addAttribute("months", queries.monthlyTimeToCommunication());
		model.addAttribute("stages", stages);
		model.addAttribute("target", queries.sla().target().toMinutes());
		model.addAttribute("breach", queries.sla().breach().toMinutes());
		return "vigilance/dashboard";
	}

	/** One region's open cases per stage, the last number being the total. */
	record OpenRow(String region, java.util.List<Long> counts) {
	}

	@GetMapping("/staff/vigilance/watch-list")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String watchList(Model model) {
		model.addAttribute("terms", watchList.all());
		model.addAttribute("regions", regions.all());
		model.addAttribute("categories", ReportCategory.values());
		return "vigilance/watch-list";
	}

	@PostMapping("/staff/vigilance/watch-list")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String addTerm(@RequestParam String term, @RequestParam String language,
			@RequestParam(required = false) String regionCode, @RequestParam ReportCategory category,
			@RequestParam String reason, Authentication authentication, RedirectAttributes redirect) {
		try {
			watchList.add(term, language, regionCode, category, reason, authentication.getName());
			redirect.addFlashAttribute("notice", "vigilance.watch.added");
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("notice", refused.messageKey());
		}
		return "redirect:/staff/vigilance/watch-list";
	}

	@PostMapping("/staff/vigilance/watch-list/{id}")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String toggleTerm(@PathVariable UUID id, @RequestParam boolean active, Authentication authentication) {
		watchList.setActive(id, active, authentication.getName());
		return "redirect:/staff/vigilance/watch-list";
	}

	@GetMapping("/staff/vigilance/feeds")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String feeds(Model model) {
		model.addAttribute("feeds", feeds.all());
		model.addAttribute("regions", regions.all());
		return "vigilance/feeds";
	}

	@PostMapping("/staff/vigilance/feeds")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String follow(@RequestParam String url, @RequestParam String name, @RequestParam(required = false) String regionCode,
			Authentication authentication, RedirectAttributes redirect) {
		try {
			feeds.follow(url, name, regionCode, authentication.getName());
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("notice", refused.messageKey());
		}
		return "redirect:/staff/vigilance/feeds";
	}

	@PostMapping("/staff/vigilance/feeds/{id}/poll")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String pollNow(@PathVariable UUID id, RedirectAttributes redirect) {
		FollowedFeeds.PollResult result = feeds.poll(id);
		redirect.addFlashAttribute("notice", "vigilance.feed.polled");
		redirect.addFlashAttribute("noticeArgs", new Object[] { String.valueOf(result.status()),
				String.valueOf(result.created()) });
		return "redirect:/staff/vigilance/feeds";
	}

	@GetMapping("/staff/vigilance/collectors")
	@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMINISTRATOR')")
	String collectors(Model model) {
		model.addAttribute("collectors", collectors.all());
		return "vigilance/collectors";
	}

	@PostMapping("/staff/vigilance/collectors")
	@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMINISTRATOR')")
	String register(@RequestParam String name, Authentication authentication, RedirectAttributes redirect) {
		if (!name.matches("[a-z0-9][a-z0-9._-]{1,62}")) {
			redirect.addFlashAttribute("notice", "vigilance.collector.name-invalid");
			return "redirect:/staff/vigilance/collectors";
		}
		redirect.addFlashAttribute("token", collectors.register(name, authentication.getName()));
		redirect.addFlashAttribute("tokenFor", name);
		return "redirect:/staff/vigilance/collectors";
	}

	@PostMapping("/staff/vigilance/collectors/{name}/disable")
	@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMINISTRATOR')")
	String disable(@PathVariable String name, Authentication authentication) {
		collectors.disable(name, authentication.getName());
		return "redirect:/staff/vigilance/collectors";
	}
}
