package org.tawasul.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tawasul.TawasulTest;
import org.tawasul.audit.AuditTrail;

import static org.assertj.core.api.Assertions.assertThat;

@TawasulTest
class PlatformTest {

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail audit;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void homePageIsArabicAndRightToLeftByDefault() throws Exception {
		HttpResponse<String> page = get("/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("lang=\"ar\"", "dir=\"rtl\"", "منصة التواصل الأمني");
	}

	@Test
	void acceptLanguagePicksFrenchAndLeftToRight() throws Exception {
		HttpResponse<String> page = get("/", "Accept-Language", "fr-MA,fr;q=0.9");
		assertThat(page.body()).contains("lang=\"fr\"", "dir=\"ltr\"", "Plateforme de communication sécuritaire");
	}

	@Test
	void unknownLanguageFallsBackToArabic() throws Exception {
		HttpResponse<String> page = get("/?lang=zz", "Accept-Language", "zz");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("lang=\"ar\"");
	}

	@Test
	void unknownApiAddressIsALocalisedProblemDocument() throws Exception {
		HttpResponse<String> response = get("/api/v1/nothing-here", "Accept-Language", "en");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404", "does not exist");
	}

	@Test
	void unknownPageIsAFriendlyPageNotAStackTrace() throws Exception {
		HttpResponse<String> response = get("/no-such-page", "Accept", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("dir=\"rtl\"").doesNotContain("Exception");
	}

	@Test
	void healthAndOpenApiAreServed() throws Exception {
		assertThat(get("/actuator/health/readiness").body()).contains("UP");
		assertThat(get("/v3/api-docs").statusCode()).isEqualTo(200);
	}

	@Test
	void prometheusMetricsAreServedToThisMachine() throws Exception {
		HttpResponse<String> metrics = get("/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void auditTrailVerifiesAfterAppends() {
		audit.record("system", "test.append", "test:1", Map.of("b", "2", "a", "1"));
		audit.record("system", "test.append", "test:2", Map.of());
		var verification = audit.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.entries()).isGreaterThanOrEqualTo(2);
	}
}
