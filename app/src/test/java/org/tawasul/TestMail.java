package org.tawasul;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * An in-process SMTP server (GreenMail) for the whole test run, on a free port that Spring's mail settings point at.
 * Tests read what was sent, and may stop the server to prove that a mail failure loses nothing, then start it again.
 */
public final class TestMail {

	private final int port;

	private GreenMail server;

	TestMail() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		this.server = start(port);
	}

	private static GreenMail start(int port) {
		GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		return greenMail;
	}

	public int port() {
		return port;
	}

	/** Every mail received since the server (re)started. */
	public synchronized List<MimeMessage> received() {
		return List.of(server.getReceivedMessages());
	}

	/** The server goes away: sending fails with "connection refused" until {@link #restart()}. */
	public synchronized void stop() {
		server.stop();
	}

	public synchronized void restart() {
		server.stop();
		server = start(port);
	}

	synchronized void shutdown() {
		server.stop();
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean(destroyMethod = "shutdown")
		TestMail testMail() throws IOException {
			return new TestMail();
		}

		@Bean
		DynamicPropertyRegistrar mailProperties(TestMail mail) {
			return registry -> {
				registry.add("spring.mail.host", () -> "127.0.0.1");
				registry.add("spring.mail.port", mail::port);
			};
		}
	}
}
