package org.tawasul.channels.internal;

import java.time.LocalDate;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tawasul.TawasulTest;
import org.tawasul.channels.Network;
import org.tawasul.platform.TimeConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The channels workspace and audience dashboard as staff use them, and the audience figures behind them. */
@TawasulTest
class ChannelsPagesTest extends ChannelsIntegration {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AudienceSnapshots snapshots;

	@Autowired
	PublishedFigures published;

	@Autowired
	Audience audience;

	MockMvc mvc;

	/** A privileged member signed in with both factors (password and TOTP), as the identity module requires. */
	private static RequestPostProcessor administrator() {
		return user("admin").authorities(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"),
				new SimpleGrantedAuthority("FACTOR_PASSWORD"), new SimpleGrantedAuthority("FACTOR_TOTP"));
	}

	@BeforeEach
	void browser() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void anAdministratorConnectsAnAccountWhoseTokensAreStoredEncryptedAndAudited() throws Exception {
		String handle = "dgsn_" + fresh();
		String token = "EAAB-" + fresh();
		mvc.perform(post("/staff/channels/accounts").with(administrator()).with(csrf())
				.param("network", "FACEBOOK").param("handle", handle).param("externalId", "1" + fresh().hashCode())
				.param("language", "ar").param("accessToken", token))
			.andExpect(redirectedUrl("/staff/channels"));

		ChannelAccounts.Summary summary = accounts.summaries().stream().filter(a -> a.handle().equals(handle))
			.findFirst().orElseThrow();
		byte[] stored = jdbc.sql("select access_token from channels.account where id = :id").param("id", summary.id())
			.query(byte[].class).single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(token);
		assertThat(accounts.find(summary.id()).orElseThrow().accessToken()).isEqualTo(token);
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'channels.account.connect' and subject = :s")
			.param("s", "channel-account:" + summary.id()).query(Integer.class).single()).isEqualTo(1);

		mvc.perform(get("/staff/channels").with(administrator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(handle)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));
		mvc.perform(post("/staff/channels/accounts/" + summary.id() + "/disconnect")
				.with(administrator()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(accounts.find(summary.id()).orElseThrow().connected()).isFalse();
	}

	@Test
	void anEditorCannotConnectAccounts() throws Exception {
		mvc.perform(post("/staff/channels/accounts").with(user("editor").roles("EDITOR")).with(csrf())
				.param("network", "X").param("handle", "x").param("externalId", "1").param("accessToken", "t"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anEditorSeesWhyADeliveryFailedAndRetriesIt() throws Exception {
		ChannelAccount account = connect(Network.INSTAGRAM, fresh());
		Delivery failed = deliver(planned(account, source("خبر", "ت".repeat(2300))));
		assertThat(failed.state()).isEqualTo(Delivery.State.FAILED);

		mvc.perform(get("/staff/channels").with(user("editor").roles("EDITOR")).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Le texte dépasse la limite de ce réseau")));
		mvc.perform(post("/staff/channels/deliveries/" + failed.id() + "/retry").with(user("editor").roles("EDITOR"))
				.with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"deliveries\"")));
		assertThat(reload(failed).state()).isEqualTo(Delivery.State.PENDING);

		mvc.perform(get("/staff/channels").param("publication", failed.publicationId().toString())
				.with(user("editor").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"delivery-" + failed.id() + "\"")));
		mvc.perform(get("/staff/channels").param("publication", java.util.UUID.randomUUID().toString())
				.with(user("editor").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"delivery-" + failed.id() + "\""))))
			.andExpect(content().string(containsString("لا توجد أي عملية نشر بعد.")));
	}

	@Test
	void theDashboardChartsPublishedFiguresAndExportsThem() throws Exception {
		mvc.perform(get("/staff/channels/audience").with(user("analyst").roles("ANALYST")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg class=\"chart\"")))
			.andExpect(content().string(containsString("<title id=\"chart-title\">")))
			.andExpect(content().string(containsString("1,197,335")));
		mvc.perform(get("/staff/channels/audience.csv").with(user("analyst").roles("ANALYST")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("audience.csv")))
			.andExpect(content().string(containsString("2024-12-31,500550,472285,224500,1197335,true")))
			.andExpect(content().string(containsString("2025-12-31,,,,1268153,true")));
	}

	@Test
	void importingThePublishedFiguresTwiceChangesNothing() {
		int first = published.importFigures();
		List<Audience.Point> before = audience.series();
		int second = published.importFigures();
		assertThat(first).isEqualTo(second).isEqualTo(9);
		assertThat(audience.series()).isEqualTo(before);
		assertThat(before).anySatisfy(p -> {
			assertThat(p.network()).isEqualTo("ALL");
			assertThat(p.takenOn()).isEqualTo(LocalDate.of(2023, 12, 31));
			assertThat(p.followers()).isEqualTo(1_127_944L);
			assertThat(p.source()).isEqualTo(Audience.Source.PUBLISHED);
		});
	}

	@Test
	void theDailySnapshotRecordsEachNetworksFollowers() {
		String xToken = fresh();
		ChannelAccount x = connect(Network.X, xToken);
		ChannelAccount facebook = connect(Network.FACEBOOK, fresh());
		ChannelAccount instagram = connect(Network.INSTAGRAM, fresh());
		networks.stubFor(WireMock.get(urlPathEqualTo("/x/2/users/me")).withHeader("Authorization", equalTo("Bearer " + xToken))
			.willReturn(okJson("{\"data\":{\"id\":\"" + x.externalId() + "\",\"name\":\"DGSN\",\"username\":\"" + x.handle()
					+ "\",\"public_metrics\":{\"followers_count\":530120,\"following_count\":12,\"tweet_count\":9000,\"listed_count\":300}}}")));
		networks.stubFor(WireMock.get(urlPathEqualTo("/fb/v23.0/" + facebook.externalId()))
			.willReturn(okJson("{\"followers_count\":501234,\"id\":\"" + facebook.externalId() + "\"}")));
		networks.stubFor(WireMock.get(urlPathEqualTo("/ig/v23.0/" + instagram.externalId()))
			.willReturn(aResponse().withStatus(500)));

		assertThat(snapshots.takeSnapshots()).isEqualTo(2);

		LocalDate today = LocalDate.ofInstant(clock.instant(), TimeConfiguration.SERVICE_ZONE);
		assertThat(audience.series()).filteredOn(p -> p.takenOn().equals(today) && p.source() == Audience.Source.API)
			.extracting(Audience.Point::network, Audience.Point::followers)
			.contains(org.assertj.core.groups.Tuple.tuple("X", 530120L), org.assertj.core.groups.Tuple.tuple("FACEBOOK", 501234L));
		networks.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/x/2/users/me"))
			.withQueryParam("user.fields", equalTo("public_metrics")));
	}
}
