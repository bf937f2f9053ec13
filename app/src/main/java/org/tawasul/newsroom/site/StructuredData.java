package org.tawasul.newsroom.site;

import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;
import org.tawasul.newsroom.PublicationType;
import org.tawasul.newsroom.editorial.ClaimVerdict;
import org.tawasul.newsroom.editorial.Publication;
import org.tawasul.newsroom.editorial.RichText;
import org.tawasul.newsroom.editorial.Translation;
import org.tawasul.platform.TimeConfiguration;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * schema.org JSON-LD for a publication page, built as a JSON tree with Jackson (never by string concatenation):
 * every publication is a {@code NewsArticle}; a truth statement is also a {@code ClaimReview} of the claim it
 * answers, with the verdict as a 1–5 rating and its name. The output is safe inside a {@code <script>} element
 * ({@code <} is escaped).
 */
@Component
class StructuredData {

	static final String ORGANISATION = "DGSN — Tawasul";

	private final JsonMapper json;

	private final SiteProperties site;

	StructuredData(JsonMapper json, SiteProperties site) {
		this.json = json;
		this.site = site;
	}

	String jsonLd(Publication p, Translation t, String verdictName) {
		ArrayNode graph = json.createArrayNode();
		graph.add(article(p, t));
		if (p.type() == PublicationType.TRUTH_STATEMENT && p.content().verdict() != null) {
			graph.add(claimReview(p, t, verdictName));
		}
		ObjectNode root = json.createObjectNode();
		root.put("@context", "https://schema.org");
		root.set("@graph", graph);
		return json.writeValueAsString(root).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	ObjectNode article(Publication p, Translation t) {
		String url = site.baseUrl() + SitePaths.publication(t.language(), t.slug());
		ObjectNode article = json.createObjectNode();
		article.put("@type", "NewsArticle");
		article.put("@id", url + "#article");
		article.put("headline", PublicCatalog.abbreviate(t.title(), 110));
		article.put("description", description(t));
		article.put("inLanguage", t.language());
		article.put("url", url);
		article.put("mainEntityOfPage", url);
		if (p.publishedAt() != null) {
			article.put("datePublished", iso(p.publishedAt()));
		}
		article.put("dateModified", iso(p.updatedAt()));
		if (p.content().leadImageSha256() != null) {
			article.put("image", site.baseUrl() + SitePaths.image(p.content().leadImageSha256()));
		}
		article.set("author", organisation());
		article.set("publisher", organisation());
		if (!p.content().tags().isEmpty()) {
			article.put("keywords", String.join(", ", p.content().tags()));
		}
		return article;
	}

	ObjectNode claimReview(Publication p, Translation t, String verdictName) {
		ClaimVerdict verdict = p.content().verdict();
		String url = site.baseUrl() + SitePaths.publication(t.language(), t.slug());
		ObjectNode review = json.createObjectNode();
		review.put("@type", "ClaimReview");
		review.put("@id", url + "#claim-review");
		review.put("url", url);
		review.put("inLanguage", t.language());
		review.put("claimReviewed", t.claimText());
		if (p.publishedAt() != null) {
			review.put("datePublished", iso(p.publishedAt()));
		}
		review.set("author", organisation());
		ObjectNode rating = review.putObject("reviewRating");
		rating.put("@type", "Rating");
		rating.put("ratingValue", verdict == null ? 1 : verdict.rating());
		rating.put("bestRating", 5);
		rating.put("worstRating", 1);
		rating.put("alternateName", verdictName);
		ObjectNode claim = review.putObject("itemReviewed");
		claim.put("@type", "Claim");
		claim.put("name", t.claimText());
		if (p.content().claimAppearance() != null) {
			ObjectNode appearance = claim.putObject("appearance");
			appearance.put("@type", "CreativeWork");
			String where = p.content().claimAppearance();
			if (where.startsWith("http://") || where.startsWith("https://")) {
				appearance.put("url", where);
			}
			else {
				appearance.put("name", where);
			}
		}
		return review;
	}

	private ObjectNode organisation() {
		ObjectNode org = json.createObjectNode();
		org.put("@type", "Organization");
		org.put("name", ORGANISATION);
		org.put("url", site.baseUrl() + "/");
		return org;
	}

	static String description(Translation t) {
		return PublicCatalog.abbreviate(t.summary().isEmpty() ? RichText.plainText(t.bodyHtml()) : t.summary(), 200);
	}

	static String iso(java.time.Instant at) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(TimeConfiguration.SERVICE_ZONE));
	}
}
