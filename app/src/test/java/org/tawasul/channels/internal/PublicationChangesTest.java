package org.tawasul.channels.internal;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tawasul.TawasulTest;
import org.tawasul.channels.Network;
import org.tawasul.newsroom.PublicationCorrected;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.newsroom.PublicationType;
import org.tawasul.newsroom.PublicationWithdrawn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Newsroom's {@code PublicationCorrected} and {@code PublicationWithdrawn} plan one change per account the
 * publication was posted on, due at the change's time; the same event processed twice (as after a crash, from the
 * event publication registry) plans nothing more, while a second correction is a change of its own.
 */
@TawasulTest
class PublicationChangesTest extends ChannelsIntegration {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	private void posted(ChannelAccount account, PostSource source, String remoteId) {
		Delivery original = planned(account, source);
		tx.executeWithoutResult(status -> {
			Delivery d = deliveries.lock(original.id()).orElseThrow();
			d.claim(clock.instant(), Duration.ofMinutes(5));
			d.posted(remoteId, "https://example.invalid/" + remoteId);
			deliveries.save(d);
		});
	}

	private void publish(Object event) {
		tx.executeWithoutResult(status -> events.publishEvent(event));
	}

	/**
	 * Waits until channels has processed every change event of the publication published so far: a completed
	 * publication is deleted from the outbox (ADR 0104), so none is left for its listener.
	 */
	private void processed(PostSource source) {
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from event_publication "
				+ "where listener_id like '%ChangesFollowPublications%' and serialized_event like :id")
			.param("id", "%" + source.publicationId() + "%")
			.query(Integer.class)
			.single() == 0);
	}

	private List<Delivery> changes(PostSource source, Delivery.Kind kind) {
		return deliveries.ofPublication(source.publicationId()).stream().filter(d -> d.kind() == kind).toList();
	}

	@Test
	void aCorrectionIsPlannedOncePerAccountEvenWhenItsEventArrivesTwice() {
		ChannelAccount facebook = connect(Network.FACEBOOK, fresh());
		ChannelAccount x = connect(Network.X, fresh());
		PostSource source = source("بيان", "نص");
		posted(facebook, source, facebook.externalId() + "_1");
		posted(x, source, "1800000000000008001");
		PublicationId id = new PublicationId(source.publicationId());
		PublicationCorrected first = new PublicationCorrected(id, PublicationType.NEWS, "تصحيح", 3, clock.instant());

		publish(first);
		processed(source);
		assertThat(changes(source, Delivery.Kind.CORRECTION)).hasSize(2);
		publish(first);
		processed(source);
		publish(new PublicationCorrected(id, PublicationType.NEWS, "تصحيح ثان", 4, clock.instant().plusSeconds(60)));
		processed(source);

		assertThat(changes(source, Delivery.Kind.CORRECTION))
			.extracting(Delivery::network, Delivery::revision)
			.containsExactlyInAnyOrder(tuple(Network.FACEBOOK, 3), tuple(Network.X, 3), tuple(Network.FACEBOOK, 4),
					tuple(Network.X, 4));
	}

	@Test
	void aWithdrawalIsPlannedOnlyForAccountsThePublicationWentToAndOnlyOnce() {
		ChannelAccount x = connect(Network.X, fresh());
		ChannelAccount instagram = connect(Network.INSTAGRAM, fresh());
		PostSource source = source("خبر", "نص");
		posted(x, source, "1800000000000008101");
		PublicationWithdrawn withdrawn = new PublicationWithdrawn(new PublicationId(source.publicationId()),
				PublicationType.NEWS, "سحب", clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(30));

		publish(withdrawn);
		processed(source);
		// the same event again (a redelivery): handled after the first, as a redelivery comes. Two identical events
		// in flight at once can leave one publication incomplete in Spring Modulith's registry (it tells in-progress
		// publications apart by event equality), which "none left" would wait for in vain.
		publish(withdrawn);
		processed(source);

		assertThat(changes(source, Delivery.Kind.WITHDRAWAL)).singleElement()
			.satisfies(d -> assertThat(d.accountId()).isEqualTo(x.id()))
			.satisfies(d -> assertThat(d.nextAttemptAt()).isEqualTo(withdrawn.withdrawnAt()));
		assertThat(deliveries.ofPublication(source.publicationId())).noneMatch(d -> d.accountId().equals(instagram.id()));
	}
}
