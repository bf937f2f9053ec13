package org.tawasul.newsroom.desk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.tawasul.newsroom.PublicationType;
import org.tawasul.newsroom.editorial.ClaimVerdict;
import org.tawasul.newsroom.editorial.Content;
import org.tawasul.newsroom.editorial.EditorialException;
import org.tawasul.newsroom.editorial.Publication;
import org.tawasul.newsroom.editorial.Translation;

/** The editor's form, bound from the request: one block per language and the shared facts. */
public class PublicationForm {

	private PublicationType type = PublicationType.PRESS_RELEASE;
	private int version;
	private String regionCode = "";
	private String tags = "";
	private String caseIds = "";
	private String groupIds = "";
	private String leadImageSha256 = "";
	private String claimAppearance = "";
	private String verdict = "";
	private String mediaOutlet = "";
	private String airDate = "";
	private String note = "";
	private String scheduleAt = "";
	private TranslationForm ar = new TranslationForm("ar");
	private TranslationForm fr = new TranslationForm("fr");
	private TranslationForm en = new TranslationForm("en");

	static PublicationForm of(Publication p) {
		PublicationForm f = new PublicationForm();
		Content c = p.content();
		f.type = p.type();
		f.version = p.version();
		f.regionCode = c.regionCode() == null ? "" : c.regionCode();
		f.tags = String.join(", ", c.tags());
		f.caseIds = String.join("\n", c.caseIds().stream().map(UUID::toString).toList());
		f.groupIds = String.join("\n", c.groupIds().stream().map(UUID::toString).toList());
		f.leadImageSha256 = c.leadImageSha256() == null ? "" : c.leadImageSha256();
		f.claimAppearance = c.claimAppearance() == null ? "" : c.claimAppearance();
		f.verdict = c.verdict() == null ? "" : c.verdict().name();
		f.mediaOutlet = c.mediaOutlet() == null ? "" : c.mediaOutlet();
		f.airDate = c.airDate() == null ? "" : c.airDate().toString();
		c.translation("ar").ifPresent(t -> f.ar = TranslationForm.of(t));
		c.translation("fr").ifPresent(t -> f.fr = TranslationForm.of(t));
		c.translation("en").ifPresent(t -> f.en = TranslationForm.of(t));
		return f;
	}

	/** The content this form describes; malformed ids or dates are refused with a clear message. */
	Content content() {
		Map<String, Translation> translations = new LinkedHashMap<>();
		translations.put("ar", ar.translation("ar"));
		translations.put("fr", fr.translation("fr"));
		translations.put("en", en.translation("en"));
		LocalDate aired = null;
		if (!airDate.isBlank()) {
			try {
				aired = LocalDate.parse(airDate.strip());
			}
			catch (DateTimeParseException e) {
				throw new EditorialException(HttpStatus.UNPROCESSABLE_ENTITY, "newsroom.invalid-date", airDate);
			}
		}
		ClaimVerdict claimVerdict = verdict.isBlank() ? null : ClaimVerdict.valueOf(verdict);
		return new Content(translations, regionCode, List.of(tags.split("[,،\\n]")), ids(caseIds), ids(groupIds),
				leadImageSha256, claimAppearance, claimVerdict, mediaOutlet, aired);
	}

	/** The schedule time as typed (Africa/Casablanca wall time). */
	@Nullable LocalDateTime scheduleTime() {
		if (scheduleAt.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(scheduleAt.strip());
		}
		catch (DateTimeParseException e) {
			throw new EditorialException(HttpStatus.UNPROCESSABLE_ENTITY, "newsroom.invalid-date", scheduleAt);
		}
	}

	private static List<UUID> ids(String text) {
		List<UUID> ids = new ArrayList<>();
		for (String part : text.split("[\\s,]+")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				ids.add(UUID.fromString(part.strip()));
			}
			catch (IllegalArgumentException e) {
				throw new EditorialException(HttpStatus.UNPROCESSABLE_ENTITY, "newsroom.invalid-id", part.strip());
			}
		}
		return ids;
	}

	public PublicationType getType() { return type; }
	public void setType(PublicationType type) { this.type = type; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
	public String getRegionCode() { return regionCode; }
	public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
	public String getTags() { return tags; }
	public void setTags(String tags) { this.tags = tags; }
	public String getCaseIds() { return caseIds; }
	public void setCaseIds(String caseIds) { this.caseIds = caseIds; }
	public String getGroupIds() { return groupIds; }
	public void setGroupIds(String groupIds) { this.groupIds = groupIds; }
	public String getLeadImageSha256() { return leadImageSha256; }
	public void setLeadImageSha256(String leadImageSha256) { this.leadImageSha256 = leadImageSha256; }
	public String getClaimAppearance() { return claimAppearance; }
	public void setClaimAppearance(String claimAppearance) { this.claimAppearance = claimAppearance; }
	public String getVerdict() { return verdict; }
	public void setVerdict(String verdict) { this.verdict = verdict; }
	public String getMediaOutlet() { return mediaOutlet; }
	public void setMediaOutlet(String mediaOutlet) { this.mediaOutlet = mediaOutlet; }
	public String getAirDate() { return airDate; }
	public void setAirDate(String airDate) { this.airDate = airDate; }
	public String getNote() { return note; }
	public void setNote(String note) { this.note = note; }
	public String getScheduleAt() { return scheduleAt; }
	public void setScheduleAt(String scheduleAt) { this.scheduleAt = scheduleAt; }
	public TranslationForm getAr() { return ar; }
	public void setAr(TranslationForm ar) { this.ar = ar; }
	public TranslationForm getFr() { return fr; }
	public void setFr(TranslationForm fr) { this.fr = fr; }
	public TranslationForm getEn() { return en; }
	public void setEn(TranslationForm en) { this.en = en; }

	/** One language block of the form. */
	public static class TranslationForm {

		private String language;
		private String title = "";
		private String slug = "";
		private String summary = "";
		private String body = "";
		private String imageAlt = "";
		private String claimText = "";
		private String evidence = "";

		public TranslationForm() {
			this("ar");
		}

		TranslationForm(String language) {
			this.language = language;
		}

		static TranslationForm of(Translation t) {
			TranslationForm f = new TranslationForm(t.language());
			f.title = t.title();
			f.slug = t.slug();
			f.summary = t.summary();
			f.body = t.bodyHtml();
			f.imageAlt = t.imageAlt();
			f.claimText = t.claimText();
			f.evidence = t.evidence();
			return f;
		}

		Translation translation(String forLanguage) {
			return new Translation(forLanguage, slug, title, summary, body, imageAlt, claimText, evidence);
		}

		public String getLanguage() { return language; }
		public void setLanguage(String language) { this.language = language; }
		public String getTitle() { return title; }
		public void setTitle(String title) { this.title = title; }
		public String getSlug() { return slug; }
		public void setSlug(String slug) { this.slug = slug; }
		public String getSummary() { return summary; }
		public void setSummary(String summary) { this.summary = summary; }
		public String getBody() { return body; }
		public void setBody(String body) { this.body = body; }
		public String getImageAlt() { return imageAlt; }
		public void setImageAlt(String imageAlt) { this.imageAlt = imageAlt; }
		public String getClaimText() { return claimText; }
		public void setClaimText(String claimText) { this.claimText = claimText; }
		public String getEvidence() { return evidence; }
		public void setEvidence(String evidence) { this.evidence = evidence; }
	}
}
