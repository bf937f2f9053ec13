package org.tawasul.channels.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Primary;
import org.tawasul.channels.Network;

/**
 * Tests' {@link PublicationContent}: a test stages a publication's text (and network selection) here without
 * writing it in the newsroom, or makes a publication unreadable (a newsroom outage). Publications nobody staged are
 * read through the real adapter ({@link NewsroomPublicationContent}), so a test can also go the whole way through
 * the newsroom. Contributed by {@link org.tawasul.channels.ChannelsFakes} (not component-scanned).
 */
@Primary
public class StagedPublicationContent implements PublicationContent {

	private final NewsroomPublicationContent newsroom;

	private final Map<String, PostSource> sources = new ConcurrentHashMap<>();

	private final Map<UUID, Set<Network>> selections = new ConcurrentHashMap<>();

	private final Set<UUID> unreadable = ConcurrentHashMap.newKeySet();

	StagedPublicationContent(NewsroomPublicationContent newsroom) {
		this.newsroom = newsroom;
	}

	void stage(PostSource source, Set<Network> networks) {
		sources.put(source.publicationId() + "/" + source.language(), source);
		selections.put(source.publicationId(), Set.copyOf(networks));
	}

	/** Makes the publication unreadable until it is made readable again (a newsroom outage, in tests). */
	void makeUnreadable(UUID publicationId) {
		unreadable.add(publicationId);
	}

	void makeReadable(UUID publicationId) {
		unreadable.remove(publicationId);
	}

	@Override
	public Optional<PostSource> postSource(UUID publicationId, String language) {
		PostSource staged = sources.get(publicationId + "/" + language);
		return staged != null ? Optional.of(staged) : newsroom.postSource(publicationId, language);
	}

	@Override
	public Set<Network> selectedNetworks(UUID publicationId) {
		if (unreadable.contains(publicationId)) {
			throw new IllegalStateException("publication " + publicationId + " cannot be read now");
		}
		Set<Network> staged = selections.get(publicationId);
		return staged != null ? staged : newsroom.selectedNetworks(publicationId);
	}
}
