package org.tawasul.vigilance.evidence;

import java.net.InetAddress;
import java.net.ServerSocket;
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
}
