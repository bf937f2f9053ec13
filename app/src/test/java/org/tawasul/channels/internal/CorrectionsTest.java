package org.tawasul.channels.internal;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawasul.TawasulTest;
import org.tawasul.channels.Network;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Corrections and withdrawals follow the publication to every account it was posted on. */
@TawasulTest
class CorrectionsTest extends ChannelsIntegration {

	@Autowired
	DeliveryPlanner planner;

	private Delivery postedOriginal(ChannelAccount account, PostSource source, String remoteId) {
		Delivery original = planned(account, source);
		tx.executeWithoutResult(status -> {
			Delivery d = deliveries.lock(original.id()).orElseThrow();
			d.claim(clock.instant(), java.time.Duration.ofMinutes(5));
			d.posted(remoteId, "https://example.invalid/" + remoteId);
			deliveries.save(d);
		});
		return reload(original);
	}

	private Delivery change(PostSource source, Delivery.Kind kind) {
		planner.planChange(source.publicationId(), kind, clock.instant());
		return deliveries.ofPublication(source.publicationId()).stream().filter(d -> d.kind() == kind).findFirst()
			.orElseThrow();
	}

	private PostSource corrected(PostSource source) {
		PostSource fixed = new PostSource(source.publicationId(), "ar", "بيان حقيقة (مصحح)", "النص المصحح",
				source.url(), null, null);
		content.stage(fixed, Set.of());
		return fixed;
	}

	@Test
	void onFacebookACorrectionEditsThePost() {
		String token = fresh();
		ChannelAccount account = connect(Network.FACEBOOK, token);
		PostSource source = source("بيان حقيقة", "النص الأول");
		postedOriginal(account, source, account.externalId() + "_900");
		corrected(source);
		networks.stubFor(post(urlPathEqualTo("/fb/v23.0/" + account.externalId() + "_900"))
			.willReturn(okJson("{\"success\":true}")));

		Delivery correction = deliver(change(source, Delivery.Kind.CORRECTION));

		assertThat(correction.state()).isEqualTo(Delivery.State.POSTED);
		networks.verify(1, postRequestedFor(urlPathEqualTo("/fb/v23.0/" + account.externalId() + "_900"))
			.withFormParam("message", containing("النص المصحح")));
	}

	@Test
	void onXACorrectionDeletesAndPostsAgain() {
		String token = fresh();
		ChannelAccount account = connect(Network.X, token);
		PostSource source = source("بيان حقيقة", "النص الأول");
		postedOriginal(account, source, "1800000000000000900");
		corrected(source);
		networks.stubFor(delete(urlPathEqualTo("/x/2/tweets/1800000000000000900"))
			.willReturn(okJson("{\"data\":{\"deleted\":true}}")));
		networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).withHeader("Authorization", equalTo("Bearer " + token))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody("{\"data\":{\"id\":\"1800000000000000901\",\"text\":\"…\"}}")));

		Delivery correction = deliver(change(source, Delivery.Kind.CORRECTION));

		assertThat(correction.state()).isEqualTo(Delivery.State.POSTED);
		assertThat(correction.link()).endsWith("/status/1800000000000000901");
		networks.verify(1, deleteRequestedFor(urlPathEqualTo("/x/2/tweets/1800000000000000900")));
		networks.verify(1, postRequestedFor(urlPathEqualTo("/x/2/tweets"))
			.withRequestBody(containing("النص المصحح")));
	}

	@Test
	void onInstagramACorrectionIsACommentUnderThePost() {
		ChannelAccount account = connect(Network.INSTAGRAM, fresh());
		PostSource source = source("بيان حقيقة", "النص الأول");
		postedOriginal(account, source, "17900900");
		corrected(source);
		networks.stubFor(post(urlPathEqualTo("/ig/v23.0/17900900/comments")).willReturn(okJson("{\"id\":\"1790090001\"}")));

		Delivery correction = deliver(change(source, Delivery.Kind.CORRECTION));

		assertThat(correction.state()).isEqualTo(Delivery.State.POSTED);
		networks.verify(1, postRequestedFor(urlPathEqualTo("/ig/v23.0/17900900/comments"))
			.withFormParam("message", containing("تصحيح")));
	}

	@Test
	void aWithdrawalDeletesOnXAndAsksForAHandOnInstagram() {
		ChannelAccount x = connect(Network.X, fresh());
		ChannelAccount instagram = connect(Network.INSTAGRAM, fresh());
		PostSource source = source("خبر", "نص");
		postedOriginal(x, source, "1800000000000000950");
		postedOriginal(instagram, source, "17900950");
		networks.stubFor(delete(urlPathEqualTo("/x/2/tweets/1800000000000000950"))
			.willReturn(okJson("{\"data\":{\"deleted\":true}}")));

		planner.planChange(source.publicationId(), Delivery.Kind.WITHDRAWAL, clock.instant());
		for (Delivery d : deliveries.ofPublication(source.publicationId())) {
			if (d.kind() == Delivery.Kind.WITHDRAWAL) {
				Delivery done = deliver(d);
				if (d.network() == Network.X) {
					assertThat(done.state()).isEqualTo(Delivery.State.POSTED);
				}
				else {
					assertThat(done.state()).isEqualTo(Delivery.State.FAILED);
					assertThat(done.failureKey()).isEqualTo("channels.failure.cannot-delete");
				}
			}
		}
		networks.verify(1, deleteRequestedFor(urlPathEqualTo("/x/2/tweets/1800000000000000950")));
	}

	@Test
	void aWithdrawalBeforeThePostStopsIt() {
		ChannelAccount account = connect(Network.FACEBOOK, fresh());
		PostSource source = source("خبر", "نص");
		Delivery pending = planned(account, source);
		networks.stubFor(get(urlPathEqualTo("/fb/v23.0/" + account.externalId() + "/posts")).willReturn(okJson("{\"data\":[]}")));

		Delivery withdrawal = deliver(change(source, Delivery.Kind.WITHDRAWAL));

		assertThat(withdrawal.state()).isEqualTo(Delivery.State.POSTED);
		assertThat(reload(pending).state()).isEqualTo(Delivery.State.GAVE_UP);
		assertThat(reload(pending).failureKey()).isEqualTo("channels.failure.withdrawn");
	}
}
