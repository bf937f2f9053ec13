package org.tawasul.channels.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.tawasul.channels.Network;

/**
 * What channels needs to know of a publication to post it: the port to newsroom's published-content query
 * ({@code newsroom.PublishedContent}), implemented by {@link NewsroomPublicationContent}.
 */
interface PublicationContent {

	/** The public text of one language version, or empty when the publication (or that language) is not public. */
	Optional<PostSource> postSource(UUID publicationId, String language);

	/**
	 * The networks the editor selected for this publication (empty = every connected account).
	 *
	 * @throws IllegalStateException when the publication cannot be read right now (the event is then retried)
	 */
	Set<Network> selectedNetworks(UUID publicationId);
}
