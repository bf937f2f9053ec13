package org.tawasul.notifications;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A local stand-in for Twilio's Messages API for the whole test run: it answers every message with 201, as Twilio
 * does, and keeps what it received. Tests tell their messages apart by the phone number they used.
 */
public final class TestSms {

	public static final String ACCOUNT = "AC00000000000000000000000000000000";

	public static final String TOKEN = "test-token-not-a-secret";

	private final WireMockServer server;

	private TestSms(WireMockServer server) {
		this.server = server;
	}

	/** The messages sent to {@code number} (international form), oldest first. */
	public List<LoggedRequest> sentTo(String number) {
		return server.findAll(WireMock.postRequestedFor(WireMock.urlEqualTo(messagesPath()))
			.withFormParam("To", WireMock.equalTo(number)));
	}

	/** Makes the gateway refuse messages to {@code number} with a server error, until {@link #accept}. */
	public void refuse(String number) {
		server.stubFor(WireMock.post(messagesPath()).atPriority(1)
			.withFormParam("To", WireMock.equalTo(number))
			.willReturn(WireMock.aResponse().withStatus(503)));
	}

	/** Accepts messages to every number again. */
	public void accept() {
		server.resetMappings();
		acceptAll();
	}

	private void acceptAll() {
		server.stubFor(WireMock.post(messagesPath()).atPriority(5)
			.withBasicAuth(ACCOUNT, TOKEN)
			.willReturn(WireMock.aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody("{\"sid\":\"SM00000000000000000000000000000000\",\"status\":\"queued\"}")));
	}

	private static String messagesPath() {
		return "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean(destroyMethod = "stop")
		TestSms testSms() {
			WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
			server.start();
			TestSms sms = new TestSms(server);
			sms.acceptAll();
			return sms;
		}

		@Bean
		DynamicPropertyRegistrar smsGateway(TestSms sms) {
			return registry -> {
				registry.add("tawasul.notifications.sms.base-url", sms.server::baseUrl);
				registry.add("tawasul.notifications.sms.account-sid", () -> ACCOUNT);
				registry.add("tawasul.notifications.sms.auth-token", () -> TOKEN);
				registry.add("tawasul.notifications.sms.from", () -> "DGSN");
			};
		}
	}

	public void stop() {
		server.stop();
	}
}
