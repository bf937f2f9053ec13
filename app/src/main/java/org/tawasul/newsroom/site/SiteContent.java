package org.tawasul.newsroom.site;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.newsroom.PublishedContent;
import org.tawasul.newsroom.editorial.Publication;
import org.tawasul.newsroom.editorial.PublicationState;
import org.tawasul.newsroom.editorial.RichText;
import org.tawasul.newsroom.editorial.Translation;

/** {@link PublishedContent} from the newsroom's own tables: what the public page of that language version shows. */
@Component
class SiteContent implements PublishedContent {

	/** How much of the body's text stands in for a missing summary. */
	static final int DERIVED_SUMMARY_LENGTH = 300;

	private final PublicCatalog catalog;

	private final SiteProperties properties;

	SiteContent(PublicCatalog catalog, SiteProperties properties) {
		this.catalog = catalog;
		this.properties = properties;
	}

	@Override
	public Optional<PublicVersion> find(PublicationId id, String language) {
		return catalog.byId(id)
			.filter(p -> p.state() == PublicationState.PUBLISHED)
			.flatMap(p -> p.content().translation(language).map(t -> version(p, t)));
	}

	private PublicVersion version(Publication p, Translation t) {
		String summary = t.summary().isEmpty()
				? PublicCatalog.abbreviate(RichText.plainText(t.bodyHtml()), DERIVED_SUMMARY_LENGTH) : t.summary();
		String path = SitePaths.publication(t.language(), t.slug());
		String image = p.content().leadImageSha256();
		return new PublicVersion(p.id(), p.type(), t.language(), t.title(), summary, path,
				properties.baseUrl().replaceAll("/+$", "") + path, image, image == null || t.imageAlt().isEmpty() ? null
						: t.imageAlt());
	}
}
