package org.tawasul.channels.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.channels.ChannelPostDelivered;
import org.tawasul.channels.Network;

/**
 * Delivers what is due. Each round claims due deliveries in a short transaction ({@code FOR UPDATE SKIP LOCKED},
 * so several nodes never take the same one, and a lease so nobody else takes it while the network is called),
 * commits that an attempt started, calls the network outside any transaction, then commits the outcome. A
 * delivery claimed again with its previous attempt still marked as started lost that attempt's outcome (the node
 * stopped between the API call and the commit): the worker first looks the post up on the network by the marker
 * carried in its link and records it instead of posting twice.
 */
@Component
class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private static final int BATCH = 10;

	private final Deliveries deliveries;

	private final ChannelAccounts accounts;

	private final Map<Network, Connector> connectors = new EnumMap<>(Network.class);

	private final PublicationContent content;

	private final PostFormatter formatter;

	private final ChannelsProperties properties;

	private final Clock clock;

	private final TransactionTemplate tx;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	DeliveryWorker(Deliveries deliveries, ChannelAccounts accounts, List<Connector> connectors,
			PublicationContent content, PostFormatter formatter, ChannelsProperties properties, Clock clock,
			TransactionTemplate tx, ApplicationEventPublisher events, MessageSource messages) {
		this.deliveries = deliveries;
		this.accounts = accounts;
		connectors.forEach(c -> this.connectors.put(c.network(), c));
		this.content = content;
		this.formatter = formatter;
		this.properties = properties;
		this.clock = clock;
		this.tx = tx;
		this.events = events;
		this.messages = messages;
	}

	@Scheduled(fixedDelayString = "${tawasul.channels.worker-interval:PT10S}",
			initialDelayString = "${tawasul.channels.worker-initial-delay:PT30S}")
	void scheduled() {
		try {
			deliverDue();
		}
		catch (RuntimeException ex) {
			log.warn("channels delivery round failed; the next round retries", ex);
		}
	}

	/** One round: claims what is due now and attempts it; returns how many were attempted. */
	int deliverDue() {
		Instant now = clock.instant();
		List<Delivery> claimed = tx.execute(status -> {
			List<Delivery> due = deliveries.lockDue(now, BATCH);
			due.forEach(d -> {
				d.claim(now, properties.lease());
				deliveries.save(d);
			});
			return due;
		});
		if (claimed == null) {
			return 0;
		}
		claimed.forEach(this::attempt);
		return claimed.size();
	}

	/** Attempts one delivery now if it is due and nobody holds it; returns whether it was attempted. */
	boolean deliverNow(UUID deliveryId) {
		Instant now = clock.instant();
		Delivery claimed = tx.execute(status -> deliveries.lock(deliveryId)
			.filter(d -> d.state() == Delivery.State.PENDING || d.state() == Delivery.State.FAILED)
			.filter(d -> d.nextAttemptAt() != null && !d.nextAttemptAt().isAfter(now))
			.map(d -> {
				d.claim(now, properties.lease());
				deliveries.save(d);
				return d;
			})
			.orElse(null));
		if (claimed == null) {
			return false;
		}
		attempt(claimed);
		return true;
	}

	private void attempt(Delivery delivery) {
		try {
			Connector.Published result = perform(delivery);
			tx.executeWithoutResult(status -> {
				delivery.posted(result.remoteId(), result.link());
				deliveries.save(delivery);
				if (delivery.kind() == Delivery.Kind.POST && result.link() != null) {
					events.publishEvent(new ChannelPostDelivered(delivery.id(), delivery.publicationId(),
							delivery.network(), result.link(), clock.instant()));
				}
			});
		}
		catch (ChannelFailure failure) {
			log.info("delivery {} to {} failed ({}): {}", delivery.id(), delivery.network(), failure.kind(),
					failure.detail());
			fail(delivery, failure);
		}
		catch (RuntimeException ex) {
			log.warn("delivery {} to {} failed unexpectedly", delivery.id(), delivery.network(), ex);
			fail(delivery, new ChannelFailure(ChannelFailure.Kind.TRANSIENT, "channels.failure.internal",
					String.valueOf(ex), null, true));
		}
	}

	private void fail(Delivery delivery, ChannelFailure failure) {
		tx.executeWithoutResult(status -> {
			delivery.failed(failure, clock.instant(), properties.maxAttempts(), properties.backoffBase(),
					properties.backoffCap());
			deliveries.save(delivery);
		});
	}

	private Connector.Published perform(Delivery delivery) {
		ChannelAccount account = accounts.find(delivery.accountId())
			.filter(ChannelAccount::connected)
			.orElseThrow(() -> ChannelFailure.permanent("channels.failure.unknown-account",
					"account " + delivery.accountId() + " is not connected"));
		Connector connector = connectors.get(delivery.network());
		account = freshen(account, connector);
		return withRefresh(account, connector, acc -> switch (delivery.kind()) {
			case POST -> post(delivery, acc, connector);
			case CORRECTION -> correct(delivery, acc, connector);
			case WITHDRAWAL -> withdraw(delivery, acc, connector);
		});
	}

	/** Refreshes tokens that expire within the configured margin, before they are refused. */
	private ChannelAccount freshen(ChannelAccount account, Connector connector) {
		if (!account.expiresBefore(clock.instant().plus(properties.refreshAhead()))) {
			return account;
		}
		try {
			return refreshed(account, connector);
		}
		catch (ChannelFailure ex) {
			log.info("proactive token refresh of {} failed: {}", account, ex.detail());
			return account;
		}
	}

	private ChannelAccount refreshed(ChannelAccount account, Connector connector) {
		Connector.TokenGrant grant = connector.refresh(account);
		accounts.replaceTokens(account.id(), grant.accessToken(), grant.refreshToken(), grant.expiresAt());
		return accounts.find(account.id()).orElseThrow();
	}

	private Connector.Published withRefresh(ChannelAccount account, Connector connector,
			Function<ChannelAccount, Connector.Published> call) {
		try {
			return call.apply(account);
		}
		catch (ChannelFailure failure) {
			if (failure.kind() != ChannelFailure.Kind.TOKEN_EXPIRED) {
				throw failure;
			}
			ChannelAccount fresh = refreshed(account, connector);
			try {
				return call.apply(fresh);
			}
			catch (ChannelFailure again) {
				if (again.kind() == ChannelFailure.Kind.TOKEN_EXPIRED) {
					throw ChannelFailure.permanent("channels.failure.token-revoked", again.detail());
				}
				throw again;
			}
		}
	}

	private Connector.Published post(Delivery delivery, ChannelAccount account, Connector connector) {
		PostSource source = source(delivery);
		Post post = formatter.format(delivery.network(), source, delivery.idempotencyKey());
		Optional<Connector.Published> found = reconcile(delivery, account, connector);
		if (found.isPresent() && post.parts().size() == 1) {
			return found.get();
		}
		return connector.publish(account, post, delivery.remoteParts(), part -> recordPart(delivery, part));
	}

	private Optional<Connector.Published> reconcile(Delivery delivery, ChannelAccount account, Connector connector) {
		if (!delivery.needsReconciliation() || !delivery.remoteParts().isEmpty()) {
			return Optional.empty();
		}
		Optional<Connector.Published> found;
		try {
			found = connector.findByMarker(account, delivery.idempotencyKey(),
					delivery.createdAt().minus(Duration.ofMinutes(5)));
		}
		catch (ChannelFailure failure) {
			throw new ChannelFailure(failure.kind(), failure.reasonKey(), failure.detail(), failure.retryAt(), true);
		}
		found.ifPresent(published -> {
			log.info("delivery {}: the lost attempt did post ({}); recorded, not posted again", delivery.id(),
					published.remoteId());
			recordPart(delivery, published.remoteId());
		});
		return found;
	}

	private void recordPart(Delivery delivery, String partId) {
		tx.executeWithoutResult(status -> {
			delivery.partPosted(partId);
			deliveries.save(delivery);
		});
	}

	private PostSource source(Delivery delivery) {
		return content.postSource(delivery.publicationId(), delivery.language())
			.orElseThrow(() -> ChannelFailure.permanent("channels.failure.content-unavailable",
					"publication " + delivery.publicationId() + " (" + delivery.language() + ") is not public"));
	}

	private Optional<Delivery> original(Delivery delivery) {
		return deliveries.ofPublication(delivery.publicationId())
			.stream()
			.filter(d -> d.kind() == Delivery.Kind.POST && d.accountId().equals(delivery.accountId()))
			.findFirst();
	}

	/**
	 * The delivery whose post is on the network now: on X, where a correction deletes the post and posts again, the
	 * latest correction that did so; everywhere else (and before any correction) the original post.
	 */
	private Delivery live(Delivery change, Delivery original) {
		if (change.network() != Network.X) {
			return original;
		}
		Delivery live = original;
		for (Delivery d : deliveries.ofPublication(change.publicationId())) {
			if (d.kind() == Delivery.Kind.CORRECTION && d.accountId().equals(change.accountId())
					&& !d.id().equals(change.id()) && d.state() == Delivery.State.POSTED
					&& !"unchanged".equals(d.remoteId()) && !d.remoteParts().isEmpty()
					&& (live.kind() == Delivery.Kind.POST || d.revision() > live.revision())) {
				live = d;
			}
		}
		return live;
	}

	/** Edit where the API allows (Facebook); X: delete and post again; Instagram: a correction comment. */
	private Connector.Published correct(Delivery delivery, ChannelAccount account, Connector connector) {
		Optional<Delivery> original = original(delivery).filter(d -> d.state() == Delivery.State.POSTED);
		if (original.isEmpty()) {
			return new Connector.Published("unchanged", null);
		}
		Delivery posted = original.get();
		PostSource source = source(delivery);
		Post post = formatter.format(delivery.network(), source, posted.idempotencyKey());
		if (connector.edit(account, posted.remoteId(), post)) {
			return new Connector.Published(posted.remoteId(), posted.link());
		}
		if (delivery.network() == Network.X) {
			Optional<Connector.Published> found = reconcile(delivery, account, connector);
			if (found.isPresent()) {
				return found.get();
			}
			for (String part : live(delivery, posted).remoteParts()) {
				connector.delete(account, part);
			}
			Post again = formatter.format(delivery.network(), source, delivery.idempotencyKey());
			return connector.publish(account, again, delivery.remoteParts(), part -> recordPart(delivery, part));
		}
		String text = messages.getMessage("channels.correction.reply", new Object[] { source.title(), post.link() },
				Locale.forLanguageTag(delivery.language()));
		String replyId = connector.reply(account, posted.remoteId(), text);
		return new Connector.Published(replyId, posted.link());
	}

	/** Deletes what was posted; a delivery not yet posted is stopped instead. */
	private Connector.Published withdraw(Delivery delivery, ChannelAccount account, Connector connector) {
		Optional<Delivery> original = original(delivery);
		if (original.isEmpty()) {
			return new Connector.Published("nothing-posted", null);
		}
		Delivery posted = original.get();
		if (posted.state() != Delivery.State.POSTED) {
			stop(posted.id());
			return new Connector.Published("stopped", null);
		}
		for (String part : live(delivery, posted).remoteParts()) {
			if (!connector.delete(account, part)) {
				throw ChannelFailure.permanent("channels.failure.cannot-delete",
						delivery.network() + " " + posted.link());
			}
		}
		return new Connector.Published(posted.remoteId(), null);
	}

	private void stop(UUID deliveryId) {
		tx.executeWithoutResult(status -> deliveries.lock(deliveryId).ifPresent(d -> {
			if (d.state() != Delivery.State.POSTED && d.state() != Delivery.State.GAVE_UP) {
				d.withdrawn();
				deliveries.save(d);
			}
		}));
	}
}
