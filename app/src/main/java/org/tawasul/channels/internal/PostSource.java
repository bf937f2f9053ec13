package org.tawasul.channels.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One language version of a publication as it is posted.
 *
 * @param url the publication's public page (the link every post carries)
 * @param imageSha256 the publication's own image in the blob store, if it has one
 * @param imageAlt the image's text alternative
 */
record PostSource(UUID publicationId, String language, String title, String summary, String url,
		@Nullable String imageSha256, @Nullable String imageAlt) {
}
