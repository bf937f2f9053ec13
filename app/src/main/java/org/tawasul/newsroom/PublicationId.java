package org.tawasul.newsroom;

import java.util.UUID;

/** Identifies a publication across its language versions and revisions. */
public record PublicationId(UUID value) {

	public static PublicationId generate() {
		return new PublicationId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
