package org.tawasul.newsroom.editorial;

/**
 * One language version of a publication. Plain-text fields are stored as typed and escaped on output; the body is
 * sanitised HTML.
 *
 * @param slug stable address part, unique per language; chosen at the first save and frozen once published
 * @param imageAlt alternative text of the lead image in this language (required when there is an image)
 * @param claimText for a truth statement: the rumour as it spread, in this language
 * @param evidence for a truth statement: the evidence summary in this language
 */
public record Translation(String language, String slug, String title, String summary, String bodyHtml,
		String imageAlt, String claimText, String evidence) {

	public Translation {
		slug = slug == null ? "" : slug.strip();
		title = title == null ? "" : title.strip();
		summary = summary == null ? "" : summary.strip();
		bodyHtml = bodyHtml == null ? "" : bodyHtml.strip();
		imageAlt = imageAlt == null ? "" : imageAlt.strip();
		claimText = claimText == null ? "" : claimText.strip();
		evidence = evidence == null ? "" : evidence.strip();
	}

	Translation withSlug(String value) {
		return new Translation(language, value, title, summary, bodyHtml, imageAlt, claimText, evidence);
	}

	Translation withBody(String value) {
		return new Translation(language, slug, title, summary, value, imageAlt, claimText, evidence);
	}

	boolean isEmpty() {
		return title.isEmpty() && summary.isEmpty() && bodyHtml.isEmpty();
	}
}
