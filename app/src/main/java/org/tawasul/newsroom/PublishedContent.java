package org.tawasul.newsroom;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The public content of one language version of a published publication, for modules that repeat it elsewhere (the
 * official social accounts). Only publications that are public now (published, possibly corrected) have content: a
 * withdrawn, draft or scheduled one has none.
 */
public interface PublishedContent {

	/**
	 * The {@code language} version of the publication, exactly (no fallback to another language); empty when the
	 * publication is not public or has no version in that language.
	 */
	Optional<PublicVersion> find(PublicationId id, String language);

	/**
	 * @param summary plain text: the summary as written, or the start of the body's text when there is none
	 * @param path the site-relative address, e.g. {@code /ar/publications/…}
	 * @param url the absolute, canonical address ({@code tawasul.site.base-url} + {@code path})
	 * @param imageSha256 the lead image in the blob store (served at {@code /media/{sha256}}), if any
	 * @param imageAlt the lead image's text alternative in this language, if any
	 */
	record PublicVersion(PublicationId id, PublicationType type, String language, String title, String summary,
			String path, String url, @Nullable String imageSha256, @Nullable String imageAlt) {
	}
}
