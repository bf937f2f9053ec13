package org.tawasul.channels.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tawasul.TawasulTest;
import org.tawasul.channels.Network;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/** Delivery to Instagram (container → status → publish) against a WireMock Graph API. */
@TawasulTest
class InstagramDeliveriesTest extends ChannelsIntegration {

	@LocalServerPort
	int port;

	private String base(ChannelAccount account) {
		return "/ig/v23.0/" + account.externalId();
	}

	private void containerFinishesAfterOneRead(String container) {
		networks.stubFor(get(urlPathEqualTo("/ig/v23.0/" + container)).inScenario("c" + container)
			.whenScenarioStateIs(STARTED)
			.willReturn(okJson("{\"status_code\":\"IN_PROGRESS\",\"id\":\"" + container + "\"}"))
			.willSetStateTo("done"));
		networks.stubFor(get(urlPathEqualTo("/ig/v23.0/" + container)).inScenario("c" + container)
			.whenScenarioStateIs("done")
			.willReturn(okJson("{\"status_code\":\"FINISHED\",\"id\":\"" + container + "\"}")));
	}

	@Test
	void aPublicationIsPublishedWithAGeneratedCardTheNetworkCanDownload() throws Exception {
		ChannelAccount account = connect(Network.INSTAGRAM, fresh());
		String container = "1790" + fresh().hashCode();
		networks.stubFor(post(urlPathEqualTo(base(account) + "/media")).willReturn(okJson("{\"id\":\"" + container + "\"}")));
		containerFinishesAfterOneRead(container);
		networks.stubFor(post(urlPathEqualTo(base(account) + "/media_publish")).willReturn(okJson("{\"id\":\"17900001\"}")));
		networks.stubFor(get(urlPathEqualTo("/ig/v23.0/17900001"))
			.willReturn(okJson("{\"permalink\":\"https://www.instagram.com/p/DGSN123/\",\"id\":\"17900001\"}")));
		Delivery delivery = deliver(planned(account, source("بيان حقيقة", "تنفي المديرية ما تم تداوله")));

		assertThat(delivery.state()).isEqualTo(Delivery.State.POSTED);
		assertThat(delivery.link()).isEqualTo("https://www.instagram.com/p/DGSN123/");
		LoggedRequest created = networks.findAll(postRequestedFor(urlPathEqualTo(base(account) + "/media"))).get(0);
		String imageUrl = created.formParameters().get("image_url").firstValue();
		assertThat(imageUrl).matches("https://tawasul\\.example\\.ma/channels/cards/[0-9a-f]{64}\\.jpg");
		assertThat(created.formParameters().get("caption").firstValue()).contains("d=" + delivery.idempotencyKey());
		networks.verify(1, postRequestedFor(urlPathEqualTo(base(account) + "/media_publish"))
			.withFormParam("creation_id", matching(container)));

		HttpResponse<byte[]> card = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + URI.create(imageUrl).getPath())).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(card.statusCode()).isEqualTo(200);
		assertThat(card.headers().firstValue("Content-Type")).hasValue("image/jpeg");
	}

	@Test
	void aThrottledAccountIsRetriedLater() {
		ChannelAccount account = connect(Network.INSTAGRAM, fresh());
		networks.stubFor(post(urlPathEqualTo(base(account) + "/media")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"Application request limit reached\",\"type\":\"OAuthException\",\"code\":4,\"fbtrace_id\":\"x\"}}")));
		Delivery delivery = deliver(planned(account, source("خبر", "نص")));
		assertThat(delivery.state()).isEqualTo(Delivery.State.FAILED);
		assertThat(delivery.failureKey()).isEqualTo("channels.failure.rate-limited");
		assertThat(delivery.nextAttemptAt()).isNotNull();
	}

	@Test
	void aServerErrorWhilePublishingIsReconciledThenPublishedOnce() {
		ChannelAccount account = connect(Network.INSTAGRAM, fresh());
		String container = "1791" + fresh().hashCode();
		networks.stubFor(post(urlPathEqualTo(base(account) + "/media")).willReturn(okJson("{\"id\":\"" + container + "\"}")));
		networks.stubFor(get(urlPathEqualTo("/ig/v23.0/" + container))
			.willReturn(okJson("{\"status_code\":\"FINISHED\",\"id\":\"" + container + "\"}")));
		networks.stubFor(post(urlPathEqualTo(base(account) + "/media_publish")).inScenario("ig5xx")
			.whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
		networks.stubFor(post(urlPathEqualTo(base(account) + "/media_publish")).inScenario("ig5xx")
			.whenScenarioStateIs("ok").willReturn(okJson("{\"id\":\"17900002\"}")));
		networks.stubFor(get(urlPathEqualTo(base(account) + "/media")).willReturn(okJson("{\"data\":[]}")));
		networks.stubFor(get(urlPathEqualTo("/ig/v23.0/17900002"))
			.willReturn(okJson("{\"permalink\":\"https://www.instagram.com/p/DGSN124/\"}")));
		Delivery delivery = deliver(planned(account, source("خبر", "نص")));
		assertThat(delivery.state()).isEqualTo(Delivery.State.FAILED);

		clock.advance(Duration.ofSeconds(31));
		delivery = deliver(delivery);
		assertThat(delivery.state()).isEqualTo(Delivery.State.POSTED);
		networks.verify(1, com.github.tomakehurst.wiremock.client.WireMock
			.getRequestedFor(urlPathEqualTo(base(account) + "/media")));
	}

	@Test
	void anExpiredTokenIsExchangedAndThePublishingGoesOn() {
		String oldToken = fresh();
		String newToken = fresh();
		ChannelAccount account = connect(Network.INSTAGRAM, oldToken);
		networks.stubFor(post(urlPathEqualTo(base(account) + "/media"))
			.withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + oldToken))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"message\":\"Error validating access token: Session has expired\",\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":463}}")));
		networks.stubFor(get(urlPathEqualTo("/ig/v23.0/oauth/access_token"))
			.willReturn(okJson("{\"access_token\":\"" + newToken + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
		networks.stubFor(post(urlPathEqualTo(base(account) + "/media"))
			.withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + newToken))
			.willReturn(okJson("{\"id\":\"c-" + newToken + "\"}")));
		networks.stubFor(get(urlPathEqualTo("/ig/v23.0/c-" + newToken)).willReturn(okJson("{\"status_code\":\"FINISHED\"}")));
		networks.stubFor(post(urlPathEqualTo(base(account) + "/media_publish")).willReturn(okJson("{\"id\":\"17900003\"}")));
		networks.stubFor(get(urlPathEqualTo("/ig/v23.0/17900003")).willReturn(okJson("{\"permalink\":\"https://www.instagram.com/p/X/\"}")));
		Delivery delivery = deliver(planned(account, source("خبر", "نص")));
		assertThat(delivery.state()).isEqualTo(Delivery.State.POSTED);
		assertThat(accounts.find(account.id()).orElseThrow().accessToken()).isEqualTo(newToken);
	}

	@Test
	void aCrashAfterPublishingDoesNotPublishTwice() {
		ChannelAccount account = connect(Network.INSTAGRAM, fresh());
		Delivery delivery = planned(account, source("خبر", "نص"));
		attemptLostInACrash(delivery);
		networks.stubFor(get(urlPathEqualTo(base(account) + "/media")).willReturn(okJson("{\"data\":[{\"id\":\"17900004\","
				+ "\"caption\":\"خبر\\n\\nhttps://tawasul.example.ma/ar/p?d=" + delivery.idempotencyKey()
				+ "\",\"permalink\":\"https://www.instagram.com/p/DGSN125/\",\"timestamp\":\"2026-05-17T10:00:00+0000\"}]}")));
		afterTheLeaseExpires();
		delivery = deliver(delivery);

		assertThat(delivery.state()).isEqualTo(Delivery.State.POSTED);
		assertThat(delivery.remoteId()).isEqualTo("17900004");
		networks.verify(0, postRequestedFor(urlPathMatching("/ig/.*")));
	}

	@Test
	void aContainerInErrorFailsAsAMediaFailure() {
		ChannelAccount account = connect(Network.INSTAGRAM, fresh());
		String container = "1792" + fresh().hashCode();
		networks.stubFor(post(urlPathEqualTo(base(account) + "/media")).willReturn(okJson("{\"id\":\"" + container + "\"}")));
		networks.stubFor(get(urlPathEqualTo("/ig/v23.0/" + container))
			.willReturn(okJson("{\"status_code\":\"ERROR\",\"status\":\"Error: Media download has failed.\"}")));
		Delivery delivery = deliver(planned(account, source("خبر", "نص")));
		assertThat(delivery.failureKey()).isEqualTo("channels.failure.media-upload");
		networks.verify(0, postRequestedFor(urlPathEqualTo(base(account) + "/media_publish")));
	}

	@Test
	void aCaptionLongerThanInstagramAllowsIsAClearErrorWithoutAnyCall() {
		ChannelAccount account = connect(Network.INSTAGRAM, fresh());
		Delivery delivery = deliver(planned(account, source("خبر", "ت".repeat(2300))));
		assertThat(delivery.state()).isEqualTo(Delivery.State.FAILED);
		assertThat(delivery.failureKey()).isEqualTo("channels.failure.too-long");
		assertThat(delivery.nextAttemptAt()).isNull();
		networks.verify(0, anyRequestedFor(urlPathMatching("/ig/.*")));
	}

	@Test
	void aMissingImageIsAClearErrorWithoutAnyCall() {
		ChannelAccount account = connect(Network.INSTAGRAM, fresh());
		PostSource plain = source("خبر", "نص");
		PostSource lostImage = new PostSource(plain.publicationId(), "ar", plain.title(), plain.summary(), plain.url(),
				"0".repeat(64), null);
		content.stage(lostImage, java.util.Set.of());
		Delivery delivery = deliver(planned(account, lostImage));
		assertThat(delivery.failureKey()).isEqualTo("channels.failure.image-missing");
		networks.verify(0, anyRequestedFor(urlPathMatching("/ig/.*")));
	}
}
