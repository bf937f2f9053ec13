package org.tawasul.newsroom;

import java.util.Optional;

/**
 * Where a public publication can be read: its title and address in a language, for modules that point citizens at
 * it (messages to reporters, report tracking pages). Only published (or corrected) publications have links.
 */
public interface PublicLinks {

	/**
	 * The publication's link in {@code language}, or in Arabic when that language version does not exist; empty
	 * when the publication is not public.
	 */
	Optional<PublicLink> find(PublicationId id, String language);

	/** @param path the site-relative address, e.g. {@code /fr/publications/rumeur-enlevement} */
	record PublicLink(PublicationId id, PublicationType type, String language, String title, String path) {
	}
}
