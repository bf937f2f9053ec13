package org.tawasul.newsroom.site;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.tawasul.newsroom.editorial.Publication;

/**
 * The cards "Is it true?" shows for the statements a text matched, by publication and language, kept in memory
 * while nothing public changed on this node ({@link SiteVersion}) and at most the rendered-page time to live (other
 * nodes' changes). Statements that are not published (withdrawn, or claims without a public page) are remembered as
 * absent too, so a busy page asks the database only about statements it has not seen since the last change.
 */
@Component
class StatementCards {

	/** Cards kept per site version at most; beyond, the next change of version or time to live starts afresh. */
	static final int MAX_CARDS = 10_000;

	private final PublicCatalog catalog;

	private final SiteVersion version;

	private final SiteProperties properties;

	private final Clock clock;

	private volatile Snapshot snapshot = new Snapshot(-1, Instant.MIN);

	StatementCards(PublicCatalog catalog, SiteVersion version, SiteProperties properties, Clock clock) {
		this.catalog = catalog;
		this.version = version;
		this.properties = properties;
		this.clock = clock;
	}

	/** The cards of the published statements among {@code ids}, by id, in the order of {@code ids}. */
	Map<UUID, Card> published(List<UUID> ids, String language) {
		Snapshot current = current();
		Map<UUID, Optional<Card>> cards = new LinkedHashMap<>();
		List<UUID> unknown = new ArrayList<>();
		for (UUID id : ids) {
			Optional<Card> known = current.cards.get(key(id, language));
			cards.put(id, known);
			if (known == null) {
				unknown.add(id);
			}
		}
		if (!unknown.isEmpty()) {
			// read after the snapshot's version: a change committed meanwhile moves the version and drops these
			Map<UUID, Publication> found = catalog.publishedAmong(unknown);
			for (UUID id : unknown) {
				Optional<Card> card = Optional.ofNullable(found.get(id)).map(p -> PublicCatalog.card(p, language));
				cards.put(id, card);
				if (current.cards.size() < MAX_CARDS) {
					current.cards.put(key(id, language), card);
				}
			}
		}
		Map<UUID, Card> published = new LinkedHashMap<>();
		cards.forEach((id, card) -> card.ifPresent(c -> published.put(id, c)));
		return published;
	}

	private Snapshot current() {
		long now = version.current();
		Instant at = clock.instant();
		Snapshot s = snapshot;
		if (s.version != now || !s.takenAt.plus(properties.renderedPageTtl()).isAfter(at)) {
			s = new Snapshot(now, at);
			snapshot = s;
		}
		return s;
	}

	private static String key(UUID id, String language) {
		return id + "/" + language;
	}

	private record Snapshot(long version, Instant takenAt, Map<String, Optional<Card>> cards) {

		Snapshot(long version, Instant takenAt) {
			this(version, takenAt, new ConcurrentHashMap<>());
		}
	}
}
