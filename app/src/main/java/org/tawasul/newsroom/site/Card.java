package org.tawasul.newsroom.site;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tawasul.newsroom.PublicationType;

/** A publication as a list shows it, in one language. */
public record Card(String path, PublicationType type, String language, String title, String summary, Instant publishedAt,
		String date, @Nullable String imagePath, String imageAlt, boolean corrected, boolean withdrawn) {

	public String typeKey() {
		return "newsroom.type." + type.name();
	}
}
