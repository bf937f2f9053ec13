package org.tawasul.channels.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.tawasul.channels.Network;

/**
 * Provisional adapter of {@link PublicationContent} while newsroom's published-content query does not exist on
 * {@code main}: publications' texts are staged here (by tests) and read back; a publication nobody staged has no content,
 * so its deliveries fail with "content unavailable" until the real adapter lands. It is replaced
 * by an adapter over newsroom's API as soon as that lands; nothing else in channels changes then.
 */
@Component
class StagedPublicationContent implements PublicationContent {

	private final Map<String, PostSource> sources = new ConcurrentHashMap<>();

	private final Map<UUID, Set<Network>> selections = new ConcurrentHashMap<>();

	private final Set<UUID> unreadable = ConcurrentHashMap.newKeySet();

	void stage(PostSource source, Set<Network> networks) {
		sources.put(source.publicationId() + "/" + source.language(), source);
		selections.put(source.publicationId(), Set.copyOf(networks));
	}

	/** Makes the publication unreadable until it is staged again (a newsroom outage, in tests). */
	void makeUnreadable(UUID publicationId) {
		unreadable.add(publicationId);
	}

	void makeReadable(UUID publicationId) {
		unreadable.remove(publicationId);
	}

	@Override
	public Optional<PostSource> postSource(UUID publicationId, String language) {
		return Optional.ofNullable(sources.get(publicationId + "/" + language));
	}

	@Override
	public Set<Network> selectedNetworks(UUID publicationId) {
		if (unreadable.contains(publicationId)) {
			throw new IllegalStateException("publication " + publicationId + " cannot be read now");
		}
		return selections.getOrDefault(publicationId, Set.of());
	}
}
