package org.tawasul.channels.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawasul.TawasulTest;
import org.tawasul.channels.Network;
import org.tawasul.identity.Role;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.newsroom.PublicationType;
import org.tawasul.newsroom.PublishedContent;
import org.tawasul.newsroom.editorial.Content;
import org.tawasul.newsroom.editorial.EditorialDesk;
import org.tawasul.newsroom.editorial.Staff;
import org.tawasul.newsroom.editorial.Translation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole way, with nothing staged: a publication written, approved and published through the newsroom's own
 * desk is planned for the connected X account from {@code PublicationPublished}, read through newsroom's
 * {@link PublishedContent} and posted once with its title, text and canonical link; its correction and withdrawal
 * follow it there through {@code PublicationCorrected} and {@code PublicationWithdrawn}.
 */
@TawasulTest
class NewsroomToChannelsTest extends ChannelsIntegration {

	static final Staff EDITOR = new Staff("editor-channels-wiring", Set.of(Role.EDITOR));

	static final Staff APPROVER = new Staff("approver-channels-wiring", Set.of(Role.APPROVER));

	@Autowired
	EditorialDesk newsroom;

	@Autowired
	PublishedContent published;

	static Content pressRelease(String title, String arabicBody) {
		return new Content(Map.of(
				"ar", new Translation("ar", "", title, "", "<p>" + arabicBody + "</p>", "", "", ""),
				"fr", new Translation("fr", "", title + " (fr)", "Résumé du communiqué", "<p>Texte du communiqué</p>",
						"", "", "")),
				null, List.of(), List.of(), List.of(), null, null, null, null, null);
	}

	private Delivery plannedFor(PublicationId id, ChannelAccount account, Delivery.Kind kind) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> deliveries.ofPublication(id.value()).stream()
				.filter(d -> d.accountId().equals(account.id()) && d.kind() == kind)
				.findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	private void stubPost(String token, String remoteId) {
		networks.stubFor(post(urlPathEqualTo("/x/2/tweets")).withHeader("Authorization", equalTo("Bearer " + token))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody("{\"data\":{\"id\":\"" + remoteId + "\",\"text\":\"…\"}}")));
	}

	@Test
	void aPublicationPublishedInTheNewsroomIsPostedOnceOnXWithItsTitleAndLink() {
		String token = fresh();
		ChannelAccount account = connect(Network.X, token);
		String title = "بلاغ حول حملة أمنية " + fresh();
		var saved = newsroom.draft(PublicationType.PRESS_RELEASE,
				pressRelease(title, "أسفرت الحملة عن توقيف المشتبه فيهم."), EDITOR);
		int version = newsroom.submit(saved.id(), saved.version(), EDITOR);
		version = newsroom.approve(saved.id(), version, APPROVER);
		newsroom.publish(saved.id(), version, EDITOR);

		PublishedContent.PublicVersion arabic = published.find(saved.id(), "ar").orElseThrow();
		assertThat(arabic.title()).isEqualTo(title);
		assertThat(arabic.summary()).isEqualTo("أسفرت الحملة عن توقيف المشتبه فيهم.");
		assertThat(arabic.url()).endsWith(arabic.path()).contains("/ar/publications/");
		assertThat(arabic.imageSha256()).isNull();
		assertThat(published.find(saved.id(), "fr").orElseThrow().summary()).isEqualTo("Résumé du communiqué");
		assertThat(published.find(saved.id(), "en")).isEmpty();

		Delivery delivery = plannedFor(saved.id(), account, Delivery.Kind.POST);
		assertThat(delivery.language()).isEqualTo("ar");
		stubPost(token, "1800000000000007001");
		worker.deliverNow(delivery.id());
		worker.deliverNow(delivery.id());

		assertThat(reload(delivery).state()).isEqualTo(Delivery.State.POSTED);
		assertThat(deliveries.ofPublication(saved.id().value())).filteredOn(d -> d.accountId().equals(account.id()))
			.hasSize(1);
		networks.verify(1, postRequestedFor(urlPathEqualTo("/x/2/tweets"))
			.withHeader("Authorization", equalTo("Bearer " + token))
			.withRequestBody(matchingJsonPath("$.text", containing(title)))
			.withRequestBody(matchingJsonPath("$.text", containing("توقيف المشتبه فيهم")))
			.withRequestBody(matchingJsonPath("$.text", containing(arabic.url() + "?d=" + delivery.idempotencyKey()))));
	}

	@Test
	void aCorrectionInTheNewsroomIsPostedAgainOnXAndAWithdrawalDeletesThePost() {
		String token = fresh();
		ChannelAccount account = connect(Network.X, token);
		String title = "بلاغ قبل التصحيح " + fresh();
		var saved = newsroom.draft(PublicationType.PRESS_RELEASE, pressRelease(title, "نص أول."), EDITOR);
		int version = newsroom.submit(saved.id(), saved.version(), EDITOR);
		version = newsroom.approve(saved.id(), version, APPROVER);
		version = newsroom.publish(saved.id(), version, EDITOR);
		Delivery post = plannedFor(saved.id(), account, Delivery.Kind.POST);
		stubPost(token, "1800000000000007101");
		worker.deliverNow(post.id());
		assertThat(reload(post).state()).isEqualTo(Delivery.State.POSTED);

		String correctedTitle = "بلاغ بعد التصحيح " + fresh();
		var corrected = newsroom.correct(saved.id(), version, pressRelease(correctedTitle, "نص مصحح."),
				"تصحيح تاريخ الحملة", APPROVER);
		Delivery correction = plannedFor(saved.id(), account, Delivery.Kind.CORRECTION);
		networks.stubFor(delete(urlPathEqualTo("/x/2/tweets/1800000000000007101"))
			.willReturn(okJson("{\"data\":{\"deleted\":true}}")));
		stubPost(token, "1800000000000007102");
		assertThat(deliver(correction).state()).isEqualTo(Delivery.State.POSTED);
		networks.verify(1, deleteRequestedFor(urlPathEqualTo("/x/2/tweets/1800000000000007101")));
		networks.verify(1, postRequestedFor(urlPathEqualTo("/x/2/tweets"))
			.withRequestBody(matchingJsonPath("$.text", containing(correctedTitle))));

		newsroom.withdraw(saved.id(), corrected.version(), "نشر قبل الأوان", APPROVER);
		Delivery withdrawal = plannedFor(saved.id(), account, Delivery.Kind.WITHDRAWAL);
		assertThat(published.find(saved.id(), "ar")).isEmpty();
		networks.stubFor(delete(urlPathEqualTo("/x/2/tweets/1800000000000007102"))
			.willReturn(okJson("{\"data\":{\"deleted\":true}}")));
		assertThat(deliver(withdrawal).state()).isEqualTo(Delivery.State.POSTED);
		networks.verify(1, deleteRequestedFor(urlPathEqualTo("/x/2/tweets/1800000000000007102")));
	}
}
