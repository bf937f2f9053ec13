package org.tawasul.channels.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tawasul.TawasulTest;
import org.tawasul.channels.Network;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/** Delivery to X against a WireMock X API v2 that answers as the documentation says. */
@TawasulTest
class XDeliveriesTest extends ChannelsIntegration {

	private static String created(String id, String text) {
		return "{\"data\":{\"id\":\"" + id + "\",\"text\":\"" + text + "\",\"edit_history_tweet_ids\":[\"" + id + "\"]}}";
	}

	@Test
	void aShortPublicationIsOnePostWithTheLink() {
		String token = fresh();
		ChannelAccount account = connect(Network.X, token);
		PostSource source = source("بيان حقيقة بخصوص خبر زائف", "تنفي المديرية العامة للأمن الوطني ما تم تداوله.");
		networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).withHeader("Authorization", equalTo("Bearer " + token))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody(created("1800000000000000001", "…"))));
		Delivery delivery = deliver(planned(account, source));

		assertThat(delivery.state()).isEqualTo(Delivery.State.POSTED);
		assertThat(delivery.link()).isEqualTo("https://x.com/" + account.handle() + "/status/1800000000000000001");
		networks.verify(1, postRequestedFor(urlPathEqualTo("/x/2/tweets"))
			.withRequestBody(matchingJsonPath("$.text", containing("بيان حقيقة")))
			.withRequestBody(matchingJsonPath("$.text", containing("d=" + delivery.idempotencyKey()))));
	}

	@Test
	void aLongPublicationBecomesAThreadWithTheLinkFirst() {
		String token = fresh();
		ChannelAccount account = connect(Network.X, token);
		PostSource source = source("بلاغ صحفي", "تفاصيل العملية الأمنية ".repeat(30));
		networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).withHeader("Authorization", equalTo("Bearer " + token))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withTransformers("response-template")
				.withBody(created("18{{randomValue length=10 type='NUMERIC'}}", "…"))));
		Delivery delivery = deliver(planned(account, source));

		assertThat(delivery.state()).isEqualTo(Delivery.State.POSTED);
		assertThat(delivery.remoteParts()).hasSizeGreaterThanOrEqualTo(3);
		networks.verify(1, postRequestedFor(urlPathEqualTo("/x/2/tweets"))
			.withRequestBody(matchingJsonPath("$.text", containing("d=" + delivery.idempotencyKey()))));
		networks.verify(delivery.remoteParts().size() - 1, postRequestedFor(urlPathEqualTo("/x/2/tweets"))
			.withHeader("Authorization", equalTo("Bearer " + token))
			.withRequestBody(matchingJsonPath("$.reply.in_reply_to_tweet_id")));
		for (var request : networks.findAll(postRequestedFor(urlPathEqualTo("/x/2/tweets"))
			.withHeader("Authorization", equalTo("Bearer " + token)))) {
			String text = HttpCalls.JSON.readTree(request.getBodyAsString()).path("text").asString();
			assertThat(XText.weightedLength(text)).isLessThanOrEqualTo(280);
		}
	}

	@Test
	void aRateLimitWaitsForTheResetHeader() {
		String token = fresh();
		ChannelAccount account = connect(Network.X, token);
		long reset = clock.instant().plusSeconds(900).getEpochSecond();
		networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).withHeader("Authorization", equalTo("Bearer " + token))
			.willReturn(aResponse().withStatus(429).withHeader("x-rate-limit-limit", "100")
				.withHeader("x-rate-limit-remaining", "0").withHeader("x-rate-limit-reset", Long.toString(reset))
				.withHeader("Content-Type", "application/json")
				.withBody("{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}")));
		Delivery delivery = deliver(planned(account, source("خبر", "")));

		assertThat(delivery.state()).isEqualTo(Delivery.State.FAILED);
		assertThat(delivery.failureKey()).isEqualTo("channels.failure.rate-limited");
		assertThat(delivery.nextAttemptAt()).isEqualTo(Instant.ofEpochSecond(reset));
		assertThat(worker.deliverNow(delivery.id())).as("not due before the reset").isFalse();
	}

	@Test
	void aServerErrorIsRetriedWithBackoffAfterCheckingNothingWasPosted() {
		String token = fresh();
		ChannelAccount account = connect(Network.X, token);
		networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).inScenario("5xx").whenScenarioStateIs(STARTED)
			.withHeader("Authorization", equalTo("Bearer " + token))
			.willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
		networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).inScenario("5xx").whenScenarioStateIs("recovered")
			.withHeader("Authorization", equalTo("Bearer " + token))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody(created("1800000000000000002", "…"))));
		networks.stubFor(get(urlPathEqualTo("/x/2/users/" + account.externalId() + "/tweets"))
			.willReturn(okJson("{\"meta\":{\"result_count\":0}}")));
		Instant before = clock.instant();
		Delivery delivery = deliver(planned(account, source("خبر", "نص")));
		Instant after = clock.instant();
		assertThat(delivery.state()).isEqualTo(Delivery.State.FAILED);
		assertThat(delivery.nextAttemptAt()).isBetween(before.plusSeconds(30), after.plusSeconds(30));
		assertThat(delivery.attemptStartedAt()).as("a 503 may have posted: the next attempt looks first").isNotNull();

		clock.advance(Duration.ofSeconds(31));
		delivery = deliver(delivery);

		assertThat(delivery.state()).isEqualTo(Delivery.State.POSTED);
		assertThat(delivery.attempts()).isEqualTo(2);
		networks.verify(1, com.github.tomakehurst.wiremock.client.WireMock
			.getRequestedFor(urlPathEqualTo("/x/2/users/" + account.externalId() + "/tweets")));
	}

	@Test
	void anExpiredTokenIsRefreshedAndThePostGoesOut() {
		String oldToken = fresh();
		String newToken = fresh();
		ChannelAccount account = connect(Network.X, oldToken, "refresh-" + oldToken, null);
		networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).withHeader("Authorization", equalTo("Bearer " + oldToken))
			.willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
				.withBody("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}")));
		networks.stubFor(post(urlPathEqualTo("/x/2/oauth2/token"))
			.withRequestBody(containing("refresh_token=refresh-" + oldToken))
			.willReturn(okJson("{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"" + newToken
					+ "\",\"scope\":\"tweet.write users.read tweet.read offline.access\",\"refresh_token\":\"r2-" + newToken
					+ "\"}")));
		networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).withHeader("Authorization", equalTo("Bearer " + newToken))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody(created("1800000000000000003", "…"))));
		Delivery delivery = deliver(planned(account, source("خبر", "نص")));

		assertThat(delivery.state()).isEqualTo(Delivery.State.POSTED);
		ChannelAccount refreshed = accounts.find(account.id()).orElseThrow();
		assertThat(refreshed.accessToken()).isEqualTo(newToken);
		assertThat(refreshed.refreshToken()).isEqualTo("r2-" + newToken);
		assertThat(refreshed.tokenExpiresAt()).isAfter(clock.instant().plusSeconds(7000));
	}

	@Test
	void aTokenAboutToExpireIsRefreshedBeforeItIsUsed() {
		String oldToken = fresh();
		String newToken = fresh();
		ChannelAccount account = connect(Network.X, oldToken, "refresh-" + oldToken, clock.instant().plusSeconds(300));
		networks.stubFor(post(urlPathEqualTo("/x/2/oauth2/token"))
			.withRequestBody(containing("refresh_token=refresh-" + oldToken))
			.willReturn(okJson("{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"" + newToken + "\"}")));
		networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).withHeader("Authorization", equalTo("Bearer " + newToken))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody(created("1800000000000000004", "…"))));
		Delivery delivery = deliver(planned(account, source("خبر", "نص")));

		assertThat(delivery.state()).isEqualTo(Delivery.State.POSTED);
		networks.verify(0, postRequestedFor(urlPathEqualTo("/x/2/tweets"))
			.withHeader("Authorization", equalTo("Bearer " + oldToken)));
		assertThat(accounts.find(account.id()).orElseThrow().refreshToken()).as("kept when X sends none")
			.isEqualTo("refresh-" + oldToken);
	}

	@Test
	void aRevokedTokenFailsWithAClearReasonAndNoRetry() {
		String token = fresh();
		ChannelAccount account = connect(Network.X, token, "refresh-" + token, null);
		networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).withHeader("Authorization", equalTo("Bearer " + token))
			.willReturn(aResponse().withStatus(401)));
		networks.stubFor(post(urlPathEqualTo("/x/2/oauth2/token")).withRequestBody(containing("refresh-" + token))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
				.withBody("{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the token was invalid.\"}")));
		Delivery delivery = deliver(planned(account, source("خبر", "نص")));

		assertThat(delivery.state()).isEqualTo(Delivery.State.FAILED);
		assertThat(delivery.failureKey()).isEqualTo("channels.failure.token-revoked");
		assertThat(delivery.nextAttemptAt()).isNull();
	}

	@Test
	void aCrashBetweenThePostAndTheCommitDoesNotPostTwice() {
		String token = fresh();
		ChannelAccount account = connect(Network.X, token);
		Delivery delivery = planned(account, source("خبر", "نص"));
		attemptLostInACrash(delivery);
		networks.stubFor(get(urlPathEqualTo("/x/2/users/" + account.externalId() + "/tweets"))
			.willReturn(okJson("{\"data\":[{\"id\":\"1800000000000000009\",\"text\":\"خبر https://t.co/xYz\","
					+ "\"entities\":{\"urls\":[{\"url\":\"https://t.co/xYz\",\"expanded_url\":\"https://tawasul.example.ma/ar/p?d="
					+ delivery.idempotencyKey() + "\"}]}}],\"meta\":{\"result_count\":1}}")));
		networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json").withBody(created("1800000000000000010", "duplicate"))));

		afterTheLeaseExpires();
		delivery = deliver(delivery);

		assertThat(delivery.state()).isEqualTo(Delivery.State.POSTED);
		assertThat(delivery.remoteId()).isEqualTo("1800000000000000009");
		networks.verify(0, postRequestedFor(urlPathEqualTo("/x/2/tweets")));
	}

	@Test
	void aFailedMediaUploadFailsTheDeliveryWithoutPosting() throws Exception {
		String token = fresh();
		ChannelAccount account = connect(Network.X, token);
		PostSource plain = source("خبر مصور", "نص");
		String image = blobs.put(new java.io.ByteArrayInputStream(CardRenderer.jpeg(new CardRenderer().render("صورة", ""))),
				10_000_000).sha256();
		PostSource withImage = new PostSource(plain.publicationId(), "ar", plain.title(), plain.summary(), plain.url(),
				image, "صورة توضيحية");
		content.stage(withImage, java.util.Set.of());
		networks.stubFor(post(urlPathEqualTo("/x/2/media/upload"))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
				.withBody("{\"errors\":[{\"message\":\"media type unrecognized.\"}],\"title\":\"Invalid Request\",\"detail\":\"One or more parameters to your request was invalid.\",\"type\":\"https://api.twitter.com/2/problems/invalid-request\"}")));
		Delivery delivery = deliver(planned(account, withImage));

		assertThat(delivery.state()).isEqualTo(Delivery.State.FAILED);
		assertThat(delivery.failureKey()).isEqualTo("channels.failure.media-upload");
		networks.verify(0, postRequestedFor(urlPathEqualTo("/x/2/tweets")));
	}

	@Test
	void anEditorRetriesAFailedDeliveryByHand() {
		String token = fresh();
		ChannelAccount account = connect(Network.X, token);
		networks.stubFor(post(urlPathMatching("/x/2/tweets")).withHeader("Authorization", equalTo("Bearer " + token))
			.willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
				.withBody("{\"detail\":\"You are not permitted to perform this action.\",\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}")));
		Delivery delivery = deliver(planned(account, source("خبر", "نص")));
		assertThat(delivery.state()).isEqualTo(Delivery.State.FAILED);
		assertThat(delivery.nextAttemptAt()).isNull();

		networks.resetAll();
		networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).withHeader("Authorization", equalTo("Bearer " + token))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody(created("1800000000000000011", "…"))));
		desk.retry(delivery.id(), "editor");
		delivery = deliver(delivery);
		assertThat(delivery.state()).isEqualTo(Delivery.State.POSTED);
	}

	@Test
	void aDisconnectedAccountIsAClearFailure() {
		ChannelAccount account = connect(Network.X, fresh());
		Delivery planned = planned(account, source("خبر", "نص"));
		desk.disconnect(account.id(), "admin");
		Delivery delivery = deliver(planned);
		assertThat(delivery.state()).isEqualTo(Delivery.State.FAILED);
		assertThat(delivery.failureKey()).isEqualTo("channels.failure.unknown-account");
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.tawasul.platform.blob.BlobStore blobs;
}
