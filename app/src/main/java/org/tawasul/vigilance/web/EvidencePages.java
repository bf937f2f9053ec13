package org.tawasul.vigilance.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tawasul.platform.DomainException;
import org.tawasul.vigilance.CaseId;
import org.tawasul.vigilance.evidence.Evidence;
import org.tawasul.vigilance.evidence.EvidenceLocker;
import org.tawasul.vigilance.evidence.ExportVerifier;
import org.tawasul.vigilance.evidence.JudicialExport;

/**
 * Evidence on the case page: capture a link, upload a screenshot or file, view an object's record, download it,
 * export the case for the judicial file, and verify an export. Viewing, downloading and exporting ask why, and
 * each is written to the chain of custody.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST', 'SUPERVISOR')")
class EvidencePages {

	private final EvidenceLocker locker;

	private final JudicialExport export;

	private final StaffContext staff;

	EvidencePages(EvidenceLocker locker, JudicialExport export, StaffContext staff) {
		this.locker = locker;
		this.export = export;
		this.staff = staff;
	}

	@PostMapping("/staff/vigilance/cases/{id}/evidence/capture")
	String capture(@PathVariable UUID id, @RequestParam String url, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			Evidence evidence = locker.capture(new CaseId(id), url, staff.actor(authentication));
			redirect.addFlashAttribute("notice", "vigilance.evidence.captured");
			redirect.addFlashAttribute("noticeArgs", new Object[] { evidence.sha256() });
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("notice", refused.messageKey());
			redirect.addFlashAttribute("noticeArgs", refused.arguments());
		}
		return "redirect:/staff/vigilance/cases/" + id;
	}

	@PostMapping("/staff/vigilance/cases/{id}/evidence/upload")
	String upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file, Authentication authentication,
			RedirectAttributes redirect) throws IOException {
		if (file.isEmpty()) {
			redirect.addFlashAttribute("notice", "vigilance.evidence.file-required");
			return "redirect:/staff/vigilance/cases/" + id;
		}
		try (InputStream in = file.getInputStream()) {
			Evidence evidence = locker.upload(new CaseId(id),
					file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(), file.getContentType(), in,
					staff.actor(authentication));
			redirect.addFlashAttribute("notice", "vigilance.evidence.captured");
			redirect.addFlashAttribute("noticeArgs", new Object[] { evidence.sha256() });
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("notice", refused.messageKey());
			redirect.addFlashAttribute("noticeArgs", refused.arguments());
		}
		return "redirect:/staff/vigilance/cases/" + id;
	}

	@GetMapping("/staff/vigilance/evidence/{id}")
	String view(@PathVariable UUID id, @RequestParam(required = false) String reason, Authentication authentication,
			Model model) {
		if (reason == null || reason.isBlank()) {
			model.addAttribute("evidenceId", id);
			model.addAttribute("caseId", locker.get(id).caseId());
			return "vigilance/evidence-reason";
		}
		model.addAttribute("e", locker.view(id, authentication.getName(), reason));
		model.addAttribute("reason", reason);
		return "vigilance/evidence";
	}

	@GetMapping("/staff/vigilance/evidence/{id}/download")
	void download(@PathVariable UUID id, @RequestParam String reason, Authentication authentication,
			HttpServletResponse response) throws IOException {
		Evidence evidence = locker.get(id);
		try (InputStream in = locker.download(id, authentication.getName(), reason)) {
			response.setContentType(evidence.mediaType());
			response.setHeader("Content-Disposition", ContentDisposition.attachment()
				.filename(evidence.fileName(), StandardCharsets.UTF_8).build().toString());
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setContentLengthLong(evidence.size());
			in.transferTo(response.getOutputStream());
		}
	}

	@PostMapping("/staff/vigilance/cases/{id}/export")
	void exportCase(@PathVariable UUID id, @RequestParam String reason, Authentication authentication,
			HttpServletResponse response) throws IOException {
		EvidenceLockerReason.require(reason);
		response.setContentType("application/zip");
		response.setHeader("Content-Disposition", ContentDisposition.attachment()
			.filename("case-" + id + ".zip").build().toString());
		export.export(new CaseId(id), staff.actor(authentication), reason, response.getOutputStream());
	}

	@GetMapping("/staff/vigilance/exports/verify")
	String verifyForm() {
		return "vigilance/verify";
	}

	@PostMapping("/staff/vigilance/exports/verify")
	String verify(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		try (InputStream in = file.getInputStream()) {
			model.addAttribute("report", ExportVerifier.verify(in));
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		return "vigilance/verify";
	}

	/** Refuses an export without a reason before any byte of the ZIP is written. */
	static final class EvidenceLockerReason {

		private EvidenceLockerReason() {
		}

		static void require(String reason) {
			if (reason.isBlank()) {
				throw new DomainException(org.springframework.http.HttpStatus.BAD_REQUEST,
						"vigilance.evidence.reason-required");
			}
		}
	}
}
