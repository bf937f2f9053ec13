package org.tawasul.channels.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.audit.AuditTrail;
import org.tawasul.channels.Network;
import org.tawasul.platform.DomainException;

/** What staff do in channels, each action audited: connect and disconnect accounts, retry a delivery by hand. */
@Service
class ChannelsDesk {

	private final ChannelAccounts accounts;

	private final Deliveries deliveries;

	private final AuditTrail audit;

	private final Clock clock;

	ChannelsDesk(ChannelAccounts accounts, Deliveries deliveries, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.deliveries = deliveries;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	UUID connect(Network network, String handle, String externalId, String language, String accessToken,
			@Nullable String refreshToken, @Nullable Instant expiresAt, String by) {
		if (handle.isBlank() || externalId.isBlank() || accessToken.isBlank()) {
			throw new DomainException(HttpStatus.BAD_REQUEST, "channels.account.incomplete");
		}
		UUID id = accounts.connect(network, handle.strip().replaceFirst("^@", ""), externalId.strip(), language,
				accessToken.strip(), refreshToken == null ? null : refreshToken.strip(), expiresAt, by);
		audit.record(by, "channels.account.connect", "channel-account:" + id,
				Map.of("network", network.name(), "handle", handle.strip()));
		return id;
	}

	@Transactional
	void disconnect(UUID accountId, String by) {
		accounts.disconnect(accountId);
		audit.record(by, "channels.account.disconnect", "channel-account:" + accountId, Map.of());
	}

	@Transactional
	void retry(UUID deliveryId, String by) {
		Delivery delivery = deliveries.lock(deliveryId)
			.orElseThrow(() -> new DomainException(HttpStatus.NOT_FOUND, "channels.delivery.unknown"));
		delivery.retryByHand(clock.instant());
		deliveries.save(delivery);
		audit.record(by, "channels.delivery.retry", "channel-delivery:" + deliveryId,
				Map.of("publication", delivery.publicationId().toString(), "network", delivery.network().name()));
	}
}
