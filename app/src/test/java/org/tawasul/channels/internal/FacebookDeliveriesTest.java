package org.tawasul.channels.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.tawasul.TawasulTest;
import org.tawasul.channels.Network;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/** Delivery to a Facebook Page against a WireMock Graph API that answers as the documentation says. */
@TawasulTest
class FacebookDeliveriesTest extends ChannelsIntegration {

	private static String graphError(int code, int subcode, String type, String message) {
		return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"code\":" + code
				+ ",\"error_subcode\":" + subcode + ",\"fbtrace_id\":\"AbCdEf\"}}";
	}

	private String feed(ChannelAccount account) {
		return "/fb/v23.0/" + account.externalId() + "/feed";
	}

	@Test
	void aPublicationIsAFeedPostWithTheFullTextAndTheLink() {
		String token = fresh();
		ChannelAccount account = connect(Network.FACEBOOK, token);
		PostSource source = source("بلاغ صحفي", "نص البلاغ كاملا ".repeat(40));
		networks.stubFor(post(urlPathEqualTo(feed(account)))
			.willReturn(okJson("{\"id\":\"" + account.externalId() + "_555\"}")));
		Delivery delivery = deliver(planned(account, source));

		assertThat(delivery.state()).isEqualTo(Delivery.State.POSTED);
		assertThat(delivery.link()).isEqualTo("https://www.facebook.com/" + account.externalId() + "_555");
		networks.verify(1, postRequestedFor(urlPathEqualTo(feed(account)))
			.withHeader("Authorization", equalTo("Bearer " + token))
			.withFormParam("message", containing("نص البلاغ كاملا نص البلاغ كاملا"))
			.withFormParam("link", containing("d=" + delivery.idempotencyKey())));
	}

	@Test
	void aThrottledPageWaitsAsLongAsMetaEstimates() {
		ChannelAccount account = connect(Network.FACEBOOK, fresh());
		networks.stubFor(post(urlPathEqualTo(feed(account))).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withHeader("X-Business-Use-Case-Usage", "{\"" + account.externalId()
					+ "\":[{\"type\":\"pages\",\"call_count\":100,\"total_cputime\":20,\"total_time\":30,\"estimated_time_to_regain_access\":12}]}")
			.withBody(graphError(32, 0, "OAuthException", "Page request limit reached"))));
		java.time.Instant before = clock.instant();
		Delivery delivery = deliver(planned(account, source("خبر", "نص")));
		java.time.Instant after = clock.instant();

		assertThat(delivery.state()).isEqualTo(Delivery.State.FAILED);
		assertThat(delivery.failureKey()).isEqualTo("channels.failure.rate-limited");
		assertThat(delivery.nextAttemptAt()).isBetween(before.plus(Duration.ofMinutes(12)), after.plus(Duration.ofMinutes(12)));
	}

	@Test
	void aServerErrorThenSuccessPostsOnce() {
		ChannelAccount account = connect(Network.FACEBOOK, fresh());
		networks.stubFor(post(urlPathEqualTo(feed(account))).inScenario("fb5xx").whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
				.withBody(graphError(2, 0, "OAuthException", "An unexpected error has occurred. Please retry your request later.")))
			.willSetStateTo("recovered"));
		networks.stubFor(post(urlPathEqualTo(feed(account))).inScenario("fb5xx").whenScenarioStateIs("recovered")
			.willReturn(okJson("{\"id\":\"" + account.externalId() + "_556\"}")));
		networks.stubFor(get(urlPathEqualTo("/fb/v23.0/" + account.externalId() + "/posts"))
			.willReturn(okJson("{\"data\":[]}")));
		Delivery delivery = deliver(planned(account, source("خبر", "نص")));
		assertThat(delivery.state()).isEqualTo(Delivery.State.FAILED);

		clock.advance(Duration.ofSeconds(31));
		delivery = deliver(delivery);
		assertThat(delivery.state()).isEqualTo(Delivery.State.POSTED);
		assertThat(delivery.remoteId()).isEqualTo(account.externalId() + "_556");
	}

	@Test
	void anExpiredPageTokenIsExchangedForANewOne() {
		String oldToken = fresh();
		String newToken = fresh();
		ChannelAccount account = connect(Network.FACEBOOK, oldToken);
		networks.stubFor(post(urlPathEqualTo(feed(account))).withHeader("Authorization", equalTo("Bearer " + oldToken))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
				.withBody(graphError(190, 463, "OAuthException", "Error validating access token: Session has expired"))));
		networks.stubFor(get(urlPathEqualTo("/fb/v23.0/oauth/access_token"))
			.withQueryParam("grant_type", equalTo("fb_exchange_token"))
			.withQueryParam("fb_exchange_token", equalTo(oldToken))
			.willReturn(okJson("{\"access_token\":\"" + newToken + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
		networks.stubFor(post(urlPathEqualTo(feed(account))).withHeader("Authorization", equalTo("Bearer " + newToken))
			.willReturn(okJson("{\"id\":\"" + account.externalId() + "_557\"}")));
		Delivery delivery = deliver(planned(account, source("خبر", "نص")));

		assertThat(delivery.state()).isEqualTo(Delivery.State.POSTED);
		assertThat(accounts.find(account.id()).orElseThrow().accessToken()).isEqualTo(newToken);
	}

	@Test
	void aRevokedTokenFailsWithAClearReason() {
		ChannelAccount account = connect(Network.FACEBOOK, fresh());
		networks.stubFor(post(urlPathEqualTo(feed(account))).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody(graphError(190, 460, "OAuthException", "The session has been invalidated because the user changed their password"))));
		Delivery delivery = deliver(planned(account, source("خبر", "نص")));
		assertThat(delivery.state()).isEqualTo(Delivery.State.FAILED);
		assertThat(delivery.failureKey()).isEqualTo("channels.failure.token-revoked");
		assertThat(delivery.nextAttemptAt()).isNull();
	}

	@Test
	void anUnknownPageFailsWithAClearReason() {
		ChannelAccount account = connect(Network.FACEBOOK, fresh());
		networks.stubFor(post(urlPathEqualTo(feed(account))).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody(graphError(100, 33, "GraphMethodException", "Unsupported post request. Object with ID does not exist"))));
		Delivery delivery = deliver(planned(account, source("خبر", "نص")));
		assertThat(delivery.failureKey()).isEqualTo("channels.failure.unknown-account");
	}

	@Test
	void aCrashBetweenThePostAndTheCommitDoesNotPostTwice() {
		ChannelAccount account = connect(Network.FACEBOOK, fresh());
		Delivery delivery = planned(account, source("خبر", "نص"));
		attemptLostInACrash(delivery);
		networks.stubFor(get(urlPathEqualTo("/fb/v23.0/" + account.externalId() + "/posts"))
			.willReturn(okJson("{\"data\":[{\"id\":\"" + account.externalId() + "_777\",\"message\":\"خبر\\n\\nhttps://tawasul.example.ma/ar/p?d="
					+ delivery.idempotencyKey() + "\",\"permalink_url\":\"https://www.facebook.com/dgsn/posts/777\"}]}")));
		networks.stubFor(post(urlPathEqualTo(feed(account))).willReturn(okJson("{\"id\":\"duplicate\"}")));

		afterTheLeaseExpires();
		delivery = deliver(delivery);

		assertThat(delivery.state()).isEqualTo(Delivery.State.POSTED);
		assertThat(delivery.link()).isEqualTo("https://www.facebook.com/dgsn/posts/777");
		networks.verify(0, postRequestedFor(urlPathEqualTo(feed(account))));
	}

	@Test
	void aRefusedPhotoFailsAsAMediaUploadFailure() throws Exception {
		ChannelAccount account = connect(Network.FACEBOOK, fresh());
		PostSource plain = source("خبر مصور", "نص");
		String image = blobs.put(new java.io.ByteArrayInputStream(CardRenderer.jpeg(new CardRenderer().render("صورة", ""))),
				10_000_000).sha256();
		PostSource withImage = new PostSource(plain.publicationId(), "ar", plain.title(), plain.summary(), plain.url(),
				image, null);
		content.stage(withImage, java.util.Set.of());
		networks.stubFor(post(urlPathEqualTo("/fb/v23.0/" + account.externalId() + "/photos"))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
				.withBody(graphError(324, 2069019, "OAuthException", "Missing or invalid image file"))));
		Delivery delivery = deliver(planned(account, withImage));
		assertThat(delivery.failureKey()).isEqualTo("channels.failure.media-upload");
		networks.verify(0, postRequestedFor(urlPathEqualTo(feed(account))));
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.tawasul.platform.blob.BlobStore blobs;
}
