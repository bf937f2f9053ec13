package org.tawasul.channels.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tawasul.channels.Network;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.newsroom.PublishedContent;

/**
 * {@link PublicationContent} over newsroom's published API ({@link PublishedContent}): the title, summary, canonical
 * link and lead image of the language version as the public page shows it. Newsroom does not (yet) let editors pick
 * networks per publication, so every publication goes to every connected account.
 */
@Component
class NewsroomPublicationContent implements PublicationContent {

	private final PublishedContent newsroom;

	NewsroomPublicationContent(PublishedContent newsroom) {
		this.newsroom = newsroom;
	}

	@Override
	public Optional<PostSource> postSource(UUID publicationId, String language) {
		return newsroom.find(new PublicationId(publicationId), language)
			.map(v -> new PostSource(publicationId, v.language(), v.title(), v.summary(), v.url(), v.imageSha256(),
					v.imageAlt()));
	}

	@Override
	public Set<Network> selectedNetworks(UUID publicationId) {
		return Set.of();
	}
}
