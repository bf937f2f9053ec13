package org.tawasul.vigilance.evidence;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafeFetcherTest {

	private final SafeFetcher guarded = new SafeFetcher(false, 1024, Duration.ofSeconds(2), Duration.ofSeconds(2), 3);

	@ParameterizedTest
	@ValueSource(strings = { "file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "gopher://x/",
			"http://user:pw@example.org/", "not a url" })
	void refusesAnythingButPlainHttpAndHttps(String address) {
		assertThatThrownBy(() -> guarded.fetch(address, Map.of())).isInstanceOf(CaptureRefused.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/", "http://localhost:8080/", "http://10.0.0.8/", "http://192.168.1.1/",
			"http://172.16.3.4/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://0.0.0.0/",
			"http://100.64.0.1/", "http://[fd00::1]/", "http://[::ffff:127.0.0.1]/" })
	void refusesLoopbackPrivateAndLinkLocalAddresses(String address) {
		assertThatThrownBy(() -> guarded.fetch(address, Map.of())).isInstanceOf(CaptureRefused.class)
			.hasMessageContaining("private-address");
	}

	@Test
	void publicAddressesAreAllowed() throws Exception {
		assertThat(SafeFetcher.isPublic(InetAddress.getByName("8.8.8.8"))).isTrue();
		assertThat(SafeFetcher.isPublic(InetAddress.getByName("2001:4860:4860::8888"))).isTrue();
	}

	@Test
	void anUnknownHostIsUnreachableNotACrash() {
		assertThatThrownBy(() -> guarded.fetch("http://no-such-host.invalid/", Map.of()))
			.isInstanceOf(CaptureRefused.class).hasMessageContaining("unreachable");
	}

	@Test
	void aServerThatNeverAnswersTimesOut() throws Exception {
		SafeFetcher lab = new SafeFetcher(true, 1024, Duration.ofSeconds(2), Duration.ofMillis(300), 3);
		try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertThatThrownBy(() -> lab.fetch("http://127.0.0.1:" + silent.getLocalPort() + "/", Map.of()))
				.isInstanceOf(CaptureRefused.class).hasMessageContaining("timeout");
		}
	}

	@Test
	void aClosedPortIsUnreachable() throws Exception {
		int port;
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = s.getLocalPort();
		}
		SafeFetcher lab = new SafeFetcher(true, 1024, Duration.ofSeconds(2), Duration.ofSeconds(2), 3);
		assertThatThrownBy(() -> lab.fetch("http://127.0.0.1:" + port + "/", Map.of()))
			.isInstanceOf(CaptureRefused.class).hasMessageContaining("unreachable");
	}

	@Test
	void aNameThatRebindsToLoopbackAfterTheCheckIsNeverConnectedTo() throws Exception {
		AtomicInteger lookups = new AtomicInteger();
		InetAddress publicLooking = InetAddress.getByAddress("rebind.example", new byte[] { (byte) 203, 0, 113, 7 });
		SafeFetcher.Resolver rebinding = host -> lookups.getAndIncrement() == 0 ? new InetAddress[] { publicLooking }
				: new InetAddress[] { InetAddress.getByAddress(host, new byte[] { 127, 0, 0, 1 }) };
		SafeFetcher fetcher = new SafeFetcher(false, 1024, Duration.ofMillis(500), Duration.ofMillis(500), 3, rebinding);
		try (ServerSocket loopback = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 }))) {
			assertThatThrownBy(() -> fetcher.fetch("http://rebind.example:" + loopback.getLocalPort() + "/", Map.of()))
				.isInstanceOf(CaptureRefused.class);
			loopback.setSoTimeout(300);
			assertThatThrownBy(loopback::accept).as("nothing may connect to the loopback address")
				.isInstanceOf(SocketTimeoutException.class);
		}
		assertThat(lookups).as("resolved once, then pinned").hasValue(1);
	}

	@Test
	void theConnectionGoesToTheCheckedAddressWhileTheRequestNamesTheHost() throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		List<String> hosts = new java.util.concurrent.CopyOnWriteArrayList<>();
		server.createContext("/", exchange -> {
			hosts.add(exchange.getRequestHeaders().getFirst("Host"));
			byte[] body = "pinned".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		try {
			AtomicInteger lookups = new AtomicInteger();
			SafeFetcher.Resolver lab = host -> {
				lookups.incrementAndGet();
				return new InetAddress[] { InetAddress.getByAddress(host, new byte[] { 127, 0, 0, 1 }) };
			};
			SafeFetcher fetcher = new SafeFetcher(true, 1024, Duration.ofSeconds(2), Duration.ofSeconds(2), 3, lab);
			int port = server.getAddress().getPort();
			var exchanges = fetcher.fetch("http://evidence.test:" + port + "/page", Map.of());
			assertThat(exchanges).singleElement().satisfies(e -> {
				assertThat(e.status()).isEqualTo(200);
				assertThat(new String(e.body(), StandardCharsets.UTF_8)).isEqualTo("pinned");
				assertThat(e.address().getHostAddress()).isEqualTo("127.0.0.1");
			});
			assertThat(hosts).containsExactly("evidence.test:" + port);
			assertThat(lookups).hasValue(1);
		}
		finally {
			server.stop(0);
		}
	}
}
