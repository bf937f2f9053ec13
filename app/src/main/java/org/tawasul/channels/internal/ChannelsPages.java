package org.tawasul.channels.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tawasul.channels.Network;
import org.tawasul.platform.DomainException;
import org.tawasul.platform.TimeConfiguration;
import org.tawasul.platform.blob.BlobStore;

/**
 * The channels workspace: accounts (an administrator connects one by pasting its tokens, or disconnects it), the
 * deliveries with their states and a manual retry (editors, supervisors), the audience dashboard with its CSV, and
 * the public card images Instagram downloads.
 */
@Controller
class ChannelsPages {

	private final ChannelAccounts accounts;

	private final Deliveries deliveries;

	private final ChannelsDesk desk;

	private final Audience audience;

	private final BlobStore blobs;

	private final MessageSource messages;

	ChannelsPages(ChannelAccounts accounts, Deliveries deliveries, ChannelsDesk desk, Audience audience,
			BlobStore blobs, MessageSource messages) {
		this.accounts = accounts;
		this.deliveries = deliveries;
		this.desk = desk;
		this.audience = audience;
		this.blobs = blobs;
		this.messages = messages;
	}

	@GetMapping("/staff/channels")
	@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'EDITOR', 'SUPERVISOR')")
	String workspace(Model model, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Authentication authentication, @RequestParam(required = false) @Nullable UUID publication) {
		model.addAttribute("canAdminister", has(authentication, "ROLE_ADMINISTRATOR"));
		model.addAttribute("canRetry", has(authentication, "ROLE_EDITOR") || has(authentication, "ROLE_SUPERVISOR"));
		model.addAttribute("accounts", accounts.summaries());
		model.addAttribute("deliveries", deliveries.recent(100, publication));
		model.addAttribute("publication", publication);
		model.addAttribute("networks", Network.values());
		model.addAttribute("zone", TimeConfiguration.SERVICE_ZONE);
		return htmx != null ? "channels/workspace :: deliveries" : "channels/workspace";
	}

	@PostMapping("/staff/channels/accounts")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String connect(@RequestParam Network network, @RequestParam String handle, @RequestParam String externalId,
			@RequestParam(defaultValue = "ar") String language, @RequestParam String accessToken,
			@RequestParam(required = false) @Nullable String refreshToken,
			@RequestParam(required = false) @Nullable LocalDateTime expiresAt, Principal principal,
			RedirectAttributes redirect) {
		try {
			Instant expires = expiresAt == null ? null : expiresAt.atZone(TimeConfiguration.SERVICE_ZONE).toInstant();
			desk.connect(network, handle, externalId, language, accessToken,
					refreshToken == null || refreshToken.isBlank() ? null : refreshToken, expires, principal.getName());
			redirect.addFlashAttribute("notice", "channels.account.connected");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/staff/channels";
	}

	@PostMapping("/staff/channels/accounts/{id}/disconnect")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String disconnect(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
		desk.disconnect(id, principal.getName());
		redirect.addFlashAttribute("notice", "channels.account.disconnected");
		return "redirect:/staff/channels";
	}

	@PostMapping("/staff/channels/deliveries/{id}/retry")
	@PreAuthorize("hasAnyRole('EDITOR', 'SUPERVISOR')")
	String retry(@PathVariable UUID id, Authentication authentication, Model model, RedirectAttributes redirect,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		desk.retry(id, authentication.getName());
		if (htmx != null) {
			return workspace(model, htmx, authentication, null);
		}
		redirect.addFlashAttribute("notice", "channels.delivery.retried");
		return "redirect:/staff/channels";
	}

	private static boolean has(Authentication authentication, String authority) {
		return authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}

	@GetMapping("/staff/channels/audience")
	@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'EDITOR', 'SUPERVISOR', 'ANALYST')")
	String audience(Model model, Locale locale) {
		List<AudienceChart.Row> rows = AudienceChart.rows(audience.series());
		Map<String, String> labels = new LinkedHashMap<>();
		AudienceChart.SERIES.forEach(s -> labels.put(s, messages.getMessage("channels.network." + s, null, locale)));
		String title = messages.getMessage("channels.audience.chart.title", null, locale);
		String description = messages.getMessage("channels.audience.chart.desc", null, locale);
		model.addAttribute("rows", rows);
		model.addAttribute("labels", labels);
		model.addAttribute("chart", AudienceChart.svg(rows, title, description, labels));
		return "channels/audience";
	}

	@GetMapping(path = "/staff/channels/audience.csv", produces = "text/csv")
	@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'EDITOR', 'SUPERVISOR', 'ANALYST')")
	ResponseEntity<byte[]> audienceCsv() {
		String csv = AudienceChart.csv(AudienceChart.rows(audience.series()));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audience.csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	/** The card images posted to Instagram, which downloads them from this public address. */
	@GetMapping("/channels/cards/{sha256:[0-9a-f]{64}}.jpg")
	ResponseEntity<InputStreamResource> card(@PathVariable String sha256) throws IOException {
		if (!blobs.contains(sha256)) {
			return ResponseEntity.notFound().build();
		}
		InputStream in = blobs.open(sha256);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable())
			.body(new InputStreamResource(in));
	}
}
