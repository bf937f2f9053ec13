package org.tawasul.newsroom.site;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.newsroom.PublicationType;
import org.tawasul.newsroom.editorial.Publication;
import org.tawasul.newsroom.editorial.PublicationState;
import org.tawasul.newsroom.editorial.Publications;
import org.tawasul.newsroom.editorial.RichText;
import org.tawasul.newsroom.editorial.Translation;
import org.tawasul.platform.TimeConfiguration;

/** What the public may read: published (and withdrawn, as a notice) publications, by language. */
@Component
class PublicCatalog {

	private final JdbcClient jdbc;

	private final Publications publications;

	PublicCatalog(JdbcClient jdbc, Publications publications) {
		this.jdbc = jdbc;
		this.publications = publications;
	}

	/** One page of published publications in a language, newest first, optionally of one type, tag or region. */
	Slice page(String language, @Nullable PublicationType type, @Nullable String tag, @Nullable String region,
			int page, int size) {
		StringBuilder sql = new StringBuilder("""
				select p.id from newsroom.publication p join newsroom.translation t on t.publication_id = p.id
				where p.state = 'PUBLISHED' and t.language = :language""");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("language", language);
		if (type != null) {
			sql.append(" and p.type = :type");
			params.put("type", type.name());
		}
		if (tag != null) {
			sql.append(" and :tag = any(p.tags)");
			params.put("tag", tag);
		}
		if (region != null) {
			sql.append(" and p.region_code = :region");
			params.put("region", region);
		}
		sql.append(" order by p.published_at desc, p.id limit :limit offset :offset");
		params.put("limit", size + 1);
		params.put("offset", Math.max(0, page - 1) * size);
		List<UUID> ids = jdbc.sql(sql.toString()).params(params).query(UUID.class).list();
		List<Card> cards = new ArrayList<>();
		for (UUID id : ids.subList(0, Math.min(size, ids.size()))) {
			publications.find(new PublicationId(id)).ifPresent(p -> cards.add(card(p, language)));
		}
		return new Slice(cards, page, ids.size() > size);
	}

	Optional<Publication> bySlug(String language, String slug) {
		return publications.slugOwner(language, slug)
			.flatMap(publications::find)
			.filter(p -> p.state().hasPublicPage());
	}

	Optional<Publication> byId(PublicationId id) {
		return publications.find(id).filter(p -> p.state().hasPublicPage());
	}

	/**
	 * The published publications among {@code ids}, keyed by id, in one query for the ids (most matches of a busy
	 * index point to nothing public, e.g. withdrawn statements) and one look-up per publication that is published.
	 */
	Map<UUID, Publication> publishedAmong(List<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<UUID> published = jdbc.sql("select id from newsroom.publication where state = 'PUBLISHED' and id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.query(UUID.class)
			.list();
		Map<UUID, Publication> found = new LinkedHashMap<>();
		for (UUID id : published) {
			publications.find(new PublicationId(id))
				.filter(p -> p.state() == PublicationState.PUBLISHED)
				.ifPresent(p -> found.put(id, p));
		}
		return found;
	}

	/** Every public language version with its last change, for the sitemap. */
	List<Publication> allPublic() {
		return jdbc.sql("select id from newsroom.publication where state in ('PUBLISHED', 'WITHDRAWN') order by published_at desc")
			.query(UUID.class)
			.list()
			.stream()
			.map(id -> publications.find(new PublicationId(id)))
			.flatMap(Optional::stream)
			.toList();
	}

	/** When anything public last changed (for Last-Modified of lists, feeds and the sitemap). */
	Optional<Instant> lastChange() {
		return jdbc.sql("select max(updated_at) from newsroom.publication where state in ('PUBLISHED', 'WITHDRAWN')")
			.query(java.sql.Timestamp.class)
			.optional()
			.map(java.sql.Timestamp::toInstant);
	}

	/** Whether a blob is the lead image of a publication (only those are served publicly). */
	boolean isLeadImage(String sha256) {
		return jdbc.sql("select exists (select 1 from newsroom.publication where lead_image_sha256 = ?)")
			.param(sha256)
			.query(Boolean.class)
			.single();
	}

	static Card card(Publication p, String language) {
		Translation t = translation(p, language);
		String summary = t.summary().isEmpty() ? abbreviate(RichText.plainText(t.bodyHtml()), 220) : t.summary();
		String image = p.content().leadImageSha256();
		Instant at = p.publishedAt() == null ? p.updatedAt() : p.publishedAt();
		return new Card(SitePaths.publication(t.language(), t.slug()), p.type(), t.language(), t.title(), summary, at,
				date(at, t.language()), image == null ? null : SitePaths.image(image), t.imageAlt(),
				!p.corrections().isEmpty(), p.state() == PublicationState.WITHDRAWN);
	}

	/** The version in {@code language}, else Arabic, else the first one written. */
	static Translation translation(Publication p, String language) {
		var translations = p.content().translations();
		Translation t = translations.get(language);
		if (t == null) {
			t = translations.getOrDefault("ar", translations.values().iterator().next());
		}
		return t;
	}

	static String date(Instant at, String language) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(Locale.forLanguageTag(language))
			.format(at.atZone(TimeConfiguration.SERVICE_ZONE));
	}

	static String abbreviate(String text, int max) {
		String flat = text.replaceAll("\\s+", " ").strip();
		return flat.length() <= max ? flat : flat.substring(0, max - 1).strip() + "…";
	}

	public record Slice(List<Card> cards, int page, boolean hasNext) {

		public boolean hasPrevious() {
			return page > 1;
		}
	}
}
