package org.tawasul.reporting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tawasul.TawasulTest;
import org.tawasul.reporting.internal.TrackingCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The public report API as a client sees it: JSON in, tracking code out, idempotent, honest about mistakes. */
@TawasulTest
class ReportsApiTest {

	static final String VALID = """
			{"category":"RUMOUR","description":"فيديو يزعم اختطاف أطفال قرب مدرسة","postText":"شاركوا قبل الحذف",
			 "links":["https://www.facebook.com/share/v/abc"],"platform":"FACEBOOK","seenAt":"2026-01-20T10:00:00Z",
			 "language":"ar","website":""}""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	HttpResponse<String> post(String body, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void filesAJsonReportAndFollowsItByTrackingCode() throws Exception {
		HttpResponse<String> created = post(VALID);

		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode body = json.readTree(created.body());
		String code = body.get("trackingCode").asString();
		assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}-[0-9A-HJKMNP-TV-Z]{2}");
		assertThat(body.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(body.get("trackingUrl").asString()).isEqualTo("/track/" + code);
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/reports/" + code);
		// the API's own chain keeps no session and still sends the security headers
		assertThat(created.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(created.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(created.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));

		HttpResponse<String> tracked = get("/api/v1/reports/" + code.toLowerCase().replace("-", ""),
				"Accept-Language", "fr");
		assertThat(tracked.statusCode()).isEqualTo(200);
		JsonNode view = json.readTree(tracked.body());
		assertThat(view.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(view.get("category").asString()).isEqualTo("RUMOUR");
		assertThat(view.get("history").get(0).get("label").asString()).isEqualTo("Reçu");
		assertThat(view.get("messages").size()).isZero();
		assertThat(view.get("attachments").asInt()).isZero();
	}

	@Test
	void storesOnlyTheHashOfTheTrackingCode() throws Exception {
		String code = json.readTree(post(VALID).body()).get("trackingCode").asString();
		TrackingCode parsed = TrackingCode.parse(code).orElseThrow();

		assertThat(jdbc.sql("select count(*) from reporting.report where tracking_hash = ?")
			.param(parsed.hash()).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from reporting.report where tracking_hash = ? or tracking_hash = ?")
			.params(parsed.value(), code).query(Integer.class).single()).isZero();
	}

	@Test
	void aRetriedRequestWithTheSameKeyReturnsTheSameReport() throws Exception {
		String key = UUID.randomUUID().toString();
		HttpResponse<String> first = post(VALID, "Idempotency-Key", key);
		HttpResponse<String> retry = post(VALID, "Idempotency-Key", key);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(retry.statusCode()).isEqualTo(201);
		assertThat(retry.body()).isEqualTo(first.body());
		String code = json.readTree(first.body()).get("trackingCode").asString();
		assertThat(get("/api/v1/reports/" + code).statusCode()).isEqualTo(200);
	}

	@Test
	void theSameKeyWithADifferentRequestIsAConflict() throws Exception {
		String key = UUID.randomUUID().toString();
		post(VALID, "Idempotency-Key", key);
		HttpResponse<String> other = post(VALID.replace("RUMOUR", "FRAUD"), "Idempotency-Key", key,
				"Accept-Language", "en");

		assertProblem(other, 409, "already used for a different request");
	}

	@Test
	void aBotFillingTheHoneypotIsAnsweredLikeAnyoneButNothingIsStored() throws Exception {
		long before = jdbc.sql("select count(*) from reporting.report").query(Long.class).single();
		HttpResponse<String> response = post(VALID.replace("\"website\":\"\"", "\"website\":\"http://spam.example\""));

		assertThat(response.statusCode()).isEqualTo(201);
		String code = json.readTree(response.body()).get("trackingCode").asString();
		assertThat(TrackingCode.parse(code)).isPresent();
		assertThat(get("/api/v1/reports/" + code).statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from reporting.report where tracking_hash = ?")
			.param(TrackingCode.parse(code).orElseThrow().hash()).query(Long.class).single()).isZero();
		assertThat(before).isGreaterThanOrEqualTo(0);
	}

	@Test
	void malformedJsonIsALocalisedProblem() throws Exception {
		assertProblem(post("{\"category\": \"RUMOUR\", ", "Accept-Language", "fr"), 400, "JSON valide");
	}

	@Test
	void wrongTypesAreALocalisedProblem() throws Exception {
		assertProblem(post("{\"category\":\"RUMOUR\",\"description\":\"x\",\"links\":{\"a\":1}}", "Accept-Language",
				"en"), 400, "valid JSON");
		assertProblem(post("{\"category\":\"RUMOUR\",\"description\":\"x\",\"contact\":\"me\"}", "Accept-Language",
				"en"), 400, "valid JSON");
	}

	@Test
	void missingAndUnknownValuesAreListedFieldByField() throws Exception {
		HttpResponse<String> response = post(
				"{\"category\":\"PARKING\",\"platform\":\"MYSPACE\",\"links\":[\"javascript:alert(1)\"],\"seenAt\":\"2999-01-01T00:00:00Z\",\"contact\":{\"email\":\"not-an-email\"}}",
				"Accept-Language", "ar");
		assertProblem(response, 400, "بعض المعطيات غير صالحة");
		JsonNode errors = json.readTree(response.body()).get("errors");
		assertThat(errors.valueStream().map(e -> e.get("field").asString()))
			.contains("category", "description", "platform", "links", "seenAt", "email");
		assertThat(response.body()).contains("نوع المحتوى غير معروف");
	}

	@Test
	void oversizeFieldsAreRefused() throws Exception {
		String longText = "ا".repeat(10_001);
		HttpResponse<String> response = post(
				"{\"category\":\"RUMOUR\",\"description\":\"" + longText + "\"}", "Accept-Language", "es");
		assertProblem(response, 400, "Corrija");
		assertThat(response.body()).contains("demasiado larga");
		String manyLinks = "[" + "\"https://x.ma/a\",".repeat(11) + "\"https://x.ma/b\"]";
		assertThat(post("{\"category\":\"RUMOUR\",\"description\":\"x\",\"links\":" + manyLinks + "}").statusCode())
			.isEqualTo(400);
	}

	@Test
	void anUnknownLanguageIsRefused() throws Exception {
		HttpResponse<String> response = post("{\"category\":\"RUMOUR\",\"description\":\"x\",\"language\":\"tlh\"}",
				"Accept-Language", "en");
		assertProblem(response, 400, "Please correct");
		assertThat(response.body()).contains("Unsupported language");
	}

	@Test
	void anUnsupportedContentTypeIsAProblem() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
			.header("Content-Type", "text/plain")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString("hello"))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void anInvalidIdempotencyKeyIsRefused() throws Exception {
		assertProblem(post(VALID, "Idempotency-Key", "x".repeat(129), "Accept-Language", "en"), 400,
				"Idempotency-Key");
	}

	@Test
	void aMistypedTrackingCodeIsABadRequestAndAnUnknownOneIsNotFound() throws Exception {
		TrackingCode code = TrackingCode.generate();
		String typo = code.value().substring(0, 5) + (code.value().charAt(5) == 'A' ? 'B' : 'A')
				+ code.value().substring(6);
		assertProblem(get("/api/v1/reports/" + typo, "Accept-Language", "en"), 400, "typo");
		assertProblem(get("/api/v1/reports/not-a-code", "Accept-Language", "en"), 400, "Invalid tracking code");
		assertProblem(get("/api/v1/reports/" + code.grouped(), "Accept-Language", "fr"), 404, "Aucun signalement");
	}

	void assertProblem(HttpResponse<String> response, int status, String detailFragment) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).contains(detailFragment);
	}
}
