package org.tawasul.similarity.claims;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Semaphore;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tawasul.TawasulTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When every search slot is taken (the machine at capacity), "Is it true?" says at once that the service is busy,
 * keeps the visitor's text and asks to retry, instead of queueing the visitor; once a slot frees, the same text is
 * checked as usual.
 */
@TawasulTest
class IsItTrueAtCapacityTest {

	@Autowired
	ClaimMatching matching;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> check(String text) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/is-it-true?text="
				+ URLEncoder.encode(text, StandardCharsets.UTF_8)))
			.header("Accept-Language", "fr")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void atCapacityTheVisitorIsToldToRetryAndKeepsTheText() throws Exception {
		String text = "un camion blanc enlève des enfants devant l'école " + UUID.randomUUID();
		Semaphore slots = matching.searchSlots();
		int all = slots.drainPermits();
		HttpResponse<String> busy;
		try {
			busy = check(text);
		}
		finally {
			slots.release(all);
		}

		assertThat(busy.statusCode()).isEqualTo(503);
		assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(busy.body()).contains("Le service est très sollicité en ce moment.", text.substring(0, 30))
			.contains("/report?text=");

		HttpResponse<String> checked = check(text);
		assertThat(checked.statusCode()).isEqualTo(200);
		assertThat(checked.body()).doesNotContain("très sollicité");
	}
}
