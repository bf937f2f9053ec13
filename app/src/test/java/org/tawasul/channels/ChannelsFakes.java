package org.tawasul.channels;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * One WireMock server for the whole test run standing in for X ({@code /x}), the Graph API for Facebook
 * ({@code /fb/v23.0}) and for Instagram ({@code /ig/v23.0}); the connectors' base URLs point at it. Tests reset its
 * stubs before each test. The delivery worker's schedule is pushed out of the way: tests drive rounds themselves.
 * Publications' content can be staged without the newsroom ({@code StagedPublicationContent}, primary over the real
 * adapter, to which it hands every publication nobody staged).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(org.tawasul.channels.internal.StagedPublicationContent.class)
public class ChannelsFakes {

	/** A fixed AES-256 key for tests only (32 bytes of 0x2a), never used outside tests. */
	static final String TEST_TOKEN_KEY = "KioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKio=";

	@Bean(destroyMethod = "stop")
	public WireMockServer socialNetworks() {
		WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		server.start();
		return server;
	}

	@Bean
	DynamicPropertyRegistrar socialNetworkUrls(WireMockServer socialNetworks) {
		return registry -> {
			registry.add("tawasul.channels.x.base-url", () -> socialNetworks.baseUrl() + "/x");
			registry.add("tawasul.channels.x.client-id", () -> "tawasul-test-client");
			registry.add("tawasul.channels.facebook.base-url", () -> socialNetworks.baseUrl() + "/fb/v23.0");
			registry.add("tawasul.channels.facebook.app-id", () -> "1234");
			registry.add("tawasul.channels.facebook.app-secret", () -> "test-secret");
			registry.add("tawasul.channels.instagram.base-url", () -> socialNetworks.baseUrl() + "/ig/v23.0");
			registry.add("tawasul.channels.instagram.poll-interval", () -> "10ms");
			registry.add("tawasul.channels.instagram.poll-attempts", () -> "5");
			registry.add("tawasul.channels.token-key", () -> TEST_TOKEN_KEY);
			registry.add("tawasul.channels.public-base-url", () -> "https://tawasul.example.ma");
			registry.add("tawasul.channels.worker-interval", () -> "PT1H");
			registry.add("tawasul.channels.worker-initial-delay", () -> "PT1H");
		};
	}
}
