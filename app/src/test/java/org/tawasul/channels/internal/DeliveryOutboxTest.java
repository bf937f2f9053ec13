package org.tawasul.channels.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.tawasul.TawasulTest;
import org.tawasul.channels.Network;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.newsroom.PublicationPublished;
import org.tawasul.newsroom.PublicationType;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A published publication reaches the accounts through the event publication registry: when planning fails (here:
 * newsroom cannot be read), the event stays incomplete in the outbox; re-submitted (as on restart, with
 * {@code republish-outstanding-events-on-restart}) it plans the deliveries once, and each is delivered once.
 */
@TawasulTest
class DeliveryOutboxTest extends ChannelsIntegration {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	private void publish(UUID publication) {
		tx.executeWithoutResult(status -> events.publishEvent(new PublicationPublished(new PublicationId(publication),
				PublicationType.TRUTH_STATEMENT, List.of("ar", "fr"), List.of(), false, clock.instant())));
	}

	private String status(UUID publication) {
		return jdbc.sql("select coalesce(status, case when completion_date is null then 'INCOMPLETE' else 'COMPLETED' end) "
				+ "from event_publication where listener_id like '%DeliveryPlanner%' and serialized_event like :id")
			.param("id", "%" + publication + "%")
			.query(String.class)
			.optional()
			.orElse("NONE");
	}

	@Test
	void anEventWhosePlanningFailedIsPlannedOnceWhenResubmittedAndDeliveredOnce() {
		String token = fresh();
		ChannelAccount account = connect(Network.X, token);
		PostSource source = source("بيان حقيقة", "نص البيان");
		content.stage(source, Set.of(Network.X));
		content.makeUnreadable(source.publicationId());

		publish(source.publicationId());
		await().atMost(Duration.ofSeconds(20)).until(() -> status(source.publicationId()).equals("FAILED"));
		assertThat(deliveries.ofPublication(source.publicationId())).isEmpty();

		content.makeReadable(source.publicationId());
		incomplete.resubmitIncompletePublications(
				p -> p.getEvent() instanceof PublicationPublished e && e.publicationId().value().equals(source.publicationId()));
		// completed: the publication is deleted from the outbox (ADR 0104)
		await().atMost(Duration.ofSeconds(20)).until(() -> status(source.publicationId()).equals("NONE"));
		incomplete.resubmitIncompletePublications(
				p -> p.getEvent() instanceof PublicationPublished e && e.publicationId().value().equals(source.publicationId()));

		List<Delivery> planned = deliveries.ofPublication(source.publicationId());
		assertThat(planned).hasSize(1);
		Delivery delivery = planned.get(0);
		assertThat(delivery.accountId()).isEqualTo(account.id());
		assertThat(delivery.language()).isEqualTo("ar");

		networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).withHeader("Authorization", equalTo("Bearer " + token))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody("{\"data\":{\"id\":\"1800000000000000077\",\"text\":\"…\"}}")));
		worker.deliverNow(delivery.id());
		worker.deliverNow(delivery.id());
		assertThat(reload(delivery).state()).isEqualTo(Delivery.State.POSTED);
		networks.verify(1, postRequestedFor(urlPathEqualTo("/x/2/tweets"))
			.withHeader("Authorization", equalTo("Bearer " + token)));
	}

	@Test
	void theScheduledRoundPicksDueDeliveriesAndLeavesFutureOnesAlone() {
		String token = fresh();
		ChannelAccount account = connect(Network.X, token);
		PostSource now = source("خبر الآن", "نص");
		PostSource later = source("خبر لاحق", "نص");
		Delivery due = planned(account, now);
		Delivery scheduled = Delivery.plan(later.publicationId(), account, Delivery.Kind.POST, 0, "ar",
				clock.instant().plus(Duration.ofHours(2)), clock.instant());
		deliveries.addIfAbsent(scheduled);
		networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).withHeader("Authorization", equalTo("Bearer " + token))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody("{\"data\":{\"id\":\"1800000000000000078\",\"text\":\"…\"}}")));

		int rounds = 0;
		while (rounds < 20 && worker.deliverDue() > 0) {
			rounds++;
		}
		assertThat(reload(due).state()).isEqualTo(Delivery.State.POSTED);
		assertThat(reload(scheduled).state()).isEqualTo(Delivery.State.PENDING);
	}
}
