package org.tawasul.channels.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A publication formatted for one network.
 *
 * @param parts the text: one part, or an X thread (the first part carries the link)
 * @param link the publication's address with this delivery's marker ({@code d=<idempotency key>})
 * @param imageSha256 the image (JPEG for Instagram) in the blob store, if the post has one
 * @param imageUrl where the network can download that image (Instagram fetches it itself)
 */
record Post(List<String> parts, String link, @Nullable String imageSha256, @Nullable String imageUrl,
		@Nullable String imageAlt) {

	String text() {
		return parts.get(0);
	}
}
