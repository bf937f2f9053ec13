package org.tawasul.channels.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tawasul.channels.Network;
import org.tawasul.newsroom.PublicationPublished;

/**
 * Plans one delivery per selected connected account when a publication goes public. It runs from the event
 * publication registry: if it fails (newsroom unreadable, database down) the event stays incomplete and is
 * processed again on restart; planning twice adds nothing (one delivery per publication, account and kind).
 * Deliveries are due at the publication's time, so scheduling follows the publication's schedule.
 */
@Component
class DeliveryPlanner {

	private final ChannelAccounts accounts;

	private final Deliveries deliveries;

	private final PublicationContent content;

	private final Clock clock;

	DeliveryPlanner(ChannelAccounts accounts, Deliveries deliveries, PublicationContent content, Clock clock) {
		this.accounts = accounts;
		this.deliveries = deliveries;
		this.content = content;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PublicationPublished event) {
		plan(event.publicationId().value(), event.languages(), event.publishedAt(), Delivery.Kind.POST, 0);
	}

	/** Plans a correction or withdrawal (the next revision of that kind) for every account it was delivered to. */
	void planChange(UUID publicationId, Delivery.Kind kind, Instant at) {
		planChange(publicationId, kind, deliveries.nextRevision(publicationId, kind), at);
	}

	/**
	 * Plans a correction or withdrawal with a revision the caller derives from the change itself (the newsroom's
	 * revision number for a correction, 0 for the one withdrawal), so the same change planned again (an event
	 * processed twice) adds nothing.
	 */
	void planChange(UUID publicationId, Delivery.Kind kind, int revision, Instant at) {
		List<Delivery> earlier = deliveries.ofPublication(publicationId);
		Instant now = clock.instant();
		for (ChannelAccount account : accounts.connected()) {
			earlier.stream()
				.filter(d -> d.kind() == Delivery.Kind.POST && d.accountId().equals(account.id()))
				.findFirst()
				.ifPresent(post -> deliveries
					.addIfAbsent(Delivery.plan(publicationId, account, kind, revision, post.language(), at, now)));
		}
	}

	private void plan(UUID publicationId, List<String> languages, Instant at, Delivery.Kind kind, int revision) {
		Set<Network> selected = content.selectedNetworks(publicationId);
		Instant now = clock.instant();
		for (ChannelAccount account : accounts.connected()) {
			if (!selected.isEmpty() && !selected.contains(account.network())) {
				continue;
			}
			String language = languages.contains(account.language()) ? account.language()
					: languages.isEmpty() ? "ar" : languages.get(0);
			deliveries.addIfAbsent(Delivery.plan(publicationId, account, kind, revision, language, at, now));
		}
	}
}
