package org.tawasul.channels.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.TestClock;
import org.tawasul.channels.Network;

/** What the channels integration tests share: the fake networks, the beans they drive, fresh accounts. */
abstract class ChannelsIntegration {

	@Autowired
	WireMockServer networks;

	@Autowired
	ChannelsDesk desk;

	@Autowired
	ChannelAccounts accounts;

	@Autowired
	Deliveries deliveries;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	StagedPublicationContent content;

	@Autowired
	TestClock clock;

	@Autowired
	TransactionTemplate tx;

	private final List<UUID> connected = new ArrayList<>();

	@BeforeEach
	void resetNetworks() {
		networks.resetAll();
	}

	@AfterEach
	void tidyUp() {
		clock.reset();
		connected.forEach(id -> {
			if (accounts.find(id).map(ChannelAccount::connected).orElse(false)) {
				desk.disconnect(id, "test");
			}
		});
	}

	static String fresh() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	ChannelAccount connect(Network network, String token, @Nullable String refreshToken,
			@Nullable Instant expiresAt) {
		String suffix = fresh();
		UUID id = desk.connect(network, "dgsn_" + suffix, "7" + Math.abs(suffix.hashCode()), "ar", token,
				refreshToken, expiresAt, "test-admin");
		connected.add(id);
		return accounts.find(id).orElseThrow();
	}

	ChannelAccount connect(Network network, String token) {
		return connect(network, token, null, null);
	}

	PostSource source(String title, String summary) {
		UUID publication = UUID.randomUUID();
		PostSource source = new PostSource(publication, "ar", title, summary,
				"https://tawasul.example.ma/ar/publications/" + publication, null, null);
		content.stage(source, Set.of());
		return source;
	}

	Delivery planned(ChannelAccount account, PostSource source) {
		Instant now = clock.instant();
		Delivery delivery = Delivery.plan(source.publicationId(), account, Delivery.Kind.POST, 0, "ar", now, now);
		deliveries.addIfAbsent(delivery);
		return delivery;
	}

	Delivery deliver(Delivery delivery) {
		worker.deliverNow(delivery.id());
		return reload(delivery);
	}

	Delivery reload(Delivery delivery) {
		return deliveries.find(delivery.id()).orElseThrow();
	}

	/** The node claimed the delivery and called the network, then died before committing the outcome. */
	void attemptLostInACrash(Delivery delivery) {
		tx.executeWithoutResult(status -> {
			Delivery claimed = deliveries.lock(delivery.id()).orElseThrow();
			claimed.claim(clock.instant(), Duration.ofMinutes(5));
			deliveries.save(claimed);
		});
	}

	void afterTheLeaseExpires() {
		clock.advance(Duration.ofMinutes(6));
	}
}
