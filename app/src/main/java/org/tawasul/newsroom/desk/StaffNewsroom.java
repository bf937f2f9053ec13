package org.tawasul.newsroom.desk;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tawasul.identity.Regions;
import org.tawasul.identity.Role;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.newsroom.PublicationType;
import org.tawasul.newsroom.editorial.ClaimVerdict;
import org.tawasul.newsroom.editorial.Content;
import org.tawasul.newsroom.editorial.EditorialDesk;
import org.tawasul.newsroom.editorial.EditorialException;
import org.tawasul.newsroom.editorial.IncompletePublicationException;
import org.tawasul.newsroom.editorial.Publication;
import org.tawasul.newsroom.editorial.Publications;
import org.tawasul.newsroom.editorial.RevisionDiff;
import org.tawasul.newsroom.editorial.RichText;
import org.tawasul.newsroom.editorial.Staff;
import org.tawasul.newsroom.site.ImageTypes;
import org.tawasul.newsroom.site.SitePaths;
import org.tawasul.platform.DomainException;
import org.tawasul.platform.TimeConfiguration;
import org.tawasul.platform.blob.Blob;
import org.tawasul.platform.blob.BlobStore;
import org.tawasul.platform.blob.BlobTooLargeException;

/**
 * The editorial desk under {@code /staff/newsroom}: editors draft, edit and submit; approvers approve, return and
 * review urgent publications afterwards; supervisors publish urgently; approvers and supervisors correct and
 * withdraw. The aggregate enforces the rules; this controller only translates forms and keeps what the member typed
 * when something is refused.
 */
@Controller
@RequestMapping("/staff/newsroom")
@PreAuthorize("hasAnyRole('EDITOR', 'APPROVER', 'SUPERVISOR')")
class StaffNewsroom {

	private static final long MAX_IMAGE = 10L * 1024 * 1024;

	private final EditorialDesk desk;

	private final Publications publications;

	private final Regions regions;

	private final BlobStore blobs;

	StaffNewsroom(EditorialDesk desk, Publications publications, Regions regions, BlobStore blobs) {
		this.desk = desk;
		this.publications = publications;
		this.regions = regions;
		this.blobs = blobs;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("types", PublicationType.values());
		model.addAttribute("verdicts", ClaimVerdict.values());
		model.addAttribute("regions", regions.all());
	}

	@GetMapping
	String queue(Model model) {
		List<Publication> queue = publications.workQueue(100);
		model.addAttribute("reviewTasks", queue.stream().filter(Publication::reviewPending).toList());
		model.addAttribute("queue", queue.stream().filter(p -> !p.reviewPending()).toList());
		model.addAttribute("recent", publications.recentlyPublic(30));
		return "newsroom/staff/queue";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('EDITOR', 'SUPERVISOR')")
	String newForm(@RequestParam(defaultValue = "PRESS_RELEASE") PublicationType type, Model model) {
		PublicationForm form = new PublicationForm();
		form.setType(type);
		return editor(model, form, null, null);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('EDITOR', 'SUPERVISOR')")
	String create(@ModelAttribute("form") PublicationForm form, @RequestParam(required = false) MultipartFile image,
			Authentication who, Model model, HttpServletResponse response) {
		try {
			attachImage(form, image);
			EditorialDesk.Saved saved = desk.draft(form.getType(), form.content(), staff(who));
			return "redirect:/staff/newsroom/" + saved.id() + (saved.removedFromBody() > 0 ? "?sanitised=" + saved.removedFromBody() : "?saved");
		}
		catch (DomainException e) {
			return refused(e, model, form, null, response);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		Publication p = publications.get(new PublicationId(id));
		return editor(model, PublicationForm.of(p), p, null);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAnyRole('EDITOR', 'SUPERVISOR')")
	String save(@PathVariable UUID id, @ModelAttribute("form") PublicationForm form,
			@RequestParam(required = false) MultipartFile image, Authentication who, Model model,
			HttpServletResponse response) {
		try {
			attachImage(form, image);
			EditorialDesk.Saved saved = desk.edit(new PublicationId(id), form.getVersion(), form.content(), staff(who));
			return "redirect:/staff/newsroom/" + id + (saved.removedFromBody() > 0 ? "?sanitised=" + saved.removedFromBody() : "?saved");
		}
		catch (DomainException e) {
			return refused(e, model, form, publications.get(new PublicationId(id)), response);
		}
	}

	@PostMapping("/{id}/{action:submit|approve|return|publish|schedule|urgent|review|correct|withdraw}")
	String act(@PathVariable UUID id, @PathVariable String action, @ModelAttribute("form") PublicationForm form,
			Authentication who, Model model, HttpServletResponse response) {
		PublicationId pid = new PublicationId(id);
		Staff staff = staff(who);
		int v = form.getVersion();
		try {
			switch (action) {
				case "submit" -> desk.submit(pid, v, staff);
				case "approve" -> desk.approve(pid, v, staff);
				case "return" -> desk.returnToDraft(pid, v, form.getNote(), staff);
				case "publish" -> desk.publish(pid, v, staff);
				case "schedule" -> {
					LocalDateTime at = form.scheduleTime();
					if (at == null) {
						throw new EditorialException(HttpStatus.UNPROCESSABLE_ENTITY, "newsroom.invalid-date", "");
					}
					desk.schedule(pid, v, at.atZone(TimeConfiguration.SERVICE_ZONE).toInstant(), staff);
				}
				case "urgent" -> desk.publishUrgently(pid, v, staff);
				case "review" -> desk.review(pid, v, staff);
				case "correct" -> desk.correct(pid, v, form.content(), form.getNote(), staff);
				case "withdraw" -> desk.withdraw(pid, v, form.getNote(), staff);
				default -> throw new EditorialException(HttpStatus.NOT_FOUND, "newsroom.not-found");
			}
			return "redirect:/staff/newsroom/" + id + "?done=" + action;
		}
		catch (DomainException e) {
			Publication p = publications.get(pid);
			PublicationForm kept = "correct".equals(action) ? form : PublicationForm.of(p);
			kept.setNote(form.getNote());
			return refused(e, model, kept, p, response);
		}
	}

	/** Live preview of both language versions (htmx posts the form; without JavaScript a button does). */
	@PostMapping("/preview")
	String preview(@ModelAttribute("form") PublicationForm form, Model model,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestParam(name = "id", required = false) @Nullable UUID id) {
		Content content;
		try {
			content = form.content();
		}
		catch (DomainException e) {
			model.addAttribute("error", e.messageKey());
			content = new Content(Map.of(), null, List.of(), List.of(), List.of(), null, null, null, null, null);
		}
		model.addAttribute("previews", content.translations().values().stream()
			.map(t -> new Preview(t.language(), "ar".equals(t.language()) ? "rtl" : "ltr", t.title(), t.summary(),
					RichText.sanitise(t.bodyHtml()).html(), t.claimText(), t.evidence()))
			.toList());
		if (htmx != null) {
			return "newsroom/staff/editor :: preview";
		}
		Publication p = id == null ? null : publications.find(new PublicationId(id)).orElse(null);
		return editor(model, form, p, null);
	}

	@GetMapping("/{id}/revisions")
	String revisions(@PathVariable UUID id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		PublicationId pid = new PublicationId(id);
		Publication p = publications.get(pid);
		List<Publications.Revision> revisions = publications.revisions(pid);
		model.addAttribute("p", p);
		model.addAttribute("revisions", revisions);
		if (revisions.size() >= 1) {
			int newer = to == null ? revisions.get(0).number() : to;
			int older = from == null ? Math.max(1, newer - 1) : from;
			var a = revisions.stream().filter(r -> r.number() == older).findFirst();
			var b = revisions.stream().filter(r -> r.number() == newer).findFirst();
			if (a.isPresent() && b.isPresent()) {
				model.addAttribute("from", older);
				model.addAttribute("to", newer);
				model.addAttribute("diff", RevisionDiff.between(a.get().content(), b.get().content()));
			}
		}
		return "newsroom/staff/revisions";
	}

	private String editor(Model model, PublicationForm form, @Nullable Publication p, @Nullable String error) {
		model.addAttribute("form", form);
		model.addAttribute("p", p);
		if (error != null) {
			model.addAttribute("error", error);
		}
		if (p != null && p.state().hasPublicPage()) {
			p.content().translation("ar").or(() -> p.content().translations().values().stream().findFirst())
				.ifPresent(t -> model.addAttribute("publicPath", SitePaths.publication(t.language(), t.slug())));
		}
		if (!model.containsAttribute("previews")) {
			model.addAttribute("previews", List.of());
		}
		return "newsroom/staff/editor";
	}

	private String refused(DomainException e, Model model, PublicationForm form, @Nullable Publication p,
			HttpServletResponse response) {
		response.setStatus(e.status().value());
		model.addAttribute("errorArgs", e.arguments());
		if (e instanceof IncompletePublicationException incomplete) {
			model.addAttribute("missing", incomplete.missing());
		}
		return editor(model, form, p, e.messageKey());
	}

	private void attachImage(PublicationForm form, @Nullable MultipartFile image) {
		if (image == null || image.isEmpty()) {
			return;
		}
		try (InputStream in = image.getInputStream()) {
			byte[] head = image.getInputStream().readNBytes(12);
			if (ImageTypes.detect(head) == null) {
				throw new EditorialException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "newsroom.image-type");
			}
			Blob blob = blobs.put(in, MAX_IMAGE);
			form.setLeadImageSha256(blob.sha256());
		}
		catch (BlobTooLargeException e) {
			throw new EditorialException(HttpStatus.PAYLOAD_TOO_LARGE, "newsroom.image-too-large");
		}
		catch (IOException e) {
			throw new EditorialException(HttpStatus.UNPROCESSABLE_ENTITY, "newsroom.image-type");
		}
	}

	static Staff staff(Authentication who) {
		Set<Role> roles = who.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a != null && a.startsWith(Role.PREFIX))
			.map(a -> a.substring(Role.PREFIX.length()))
			.filter(name -> Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(name)))
			.map(Role::valueOf)
			.collect(Collectors.toSet());
		return new Staff(who.getName(), roles);
	}

	public record Preview(String language, String dir, String title, String summary, String bodyHtml,
			String claimText, String evidence) {
	}
}
