package org.tawasul.vigilance.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tawasul.TawasulTest;
import org.tawasul.vigilance.monitoring.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@TawasulTest
class MonitoringApiTest {

	@LocalServerPort
	int port;

	@Autowired
	Collectors collectors;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private String token;

	@BeforeEach
	void registerCollector() {
		token = collectors.register("test-" + UUID.randomUUID(), "admin");
	}

	private HttpResponse<String> post(String body, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/monitoring/items"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postWithToken(String body) throws Exception {
		return post(body, "Authorization", "Bearer " + token);
	}

	@Test
	void withoutATokenTheAnswerIsA401ProblemDocument() throws Exception {
		HttpResponse<String> response = post("{\"items\":[]}");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(response.body()).contains("collector token is required");
	}

	@Test
	void anUnknownTokenIsRefused() throws Exception {
		HttpResponse<String> response = post("{\"items\":[]}", "Authorization", "Bearer twc_nope");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("Unknown or disabled");
	}

	@Test
	void aBatchIsStoredOnceAndResendingItIsHarmless() throws Exception {
		String id = UUID.randomUUID().toString();
		String body = """
				{"items":[{"sourceItemId":"%s","url":"https://x.example/p/1","text":"سرقة بالعنف في الشارع العام %s",
				"language":"ar","regionCode":"prefecture-fes","category":"VIOLENT_CONTENT"}]}""".formatted(id, id);
		HttpResponse<String> first = postWithToken(body);
		assertThat(first.statusCode()).isEqualTo(200);
		JsonNode result = json.readTree(first.body());
		assertThat(result.get("created").asInt()).isEqualTo(1);
		assertThat(result.get("results").get(0).get("status").asString()).isEqualTo("created");
		assertThat(result.get("results").get(0).get("flags").get(0).get("kind").asString()).isEqualTo("CATEGORY");

		JsonNode again = json.readTree(postWithToken(body).body());
		assertThat(again.get("duplicates").asInt()).isEqualTo(1);
		assertThat(again.get("results").get(0).get("itemId").asString())
			.isEqualTo(result.get("results").get(0).get("itemId").asString());
	}

	@Test
	void aMalformedItemIsRejectedWithItsReasonsWhileTheOthersAreStored() throws Exception {
		String body = """
				{"items":[{"sourceItemId":"%s","text":"منشور سليم"},
				{"sourceItemId":"","text":"","url":"javascript:alert(1)","regionCode":"atlantis","category":"GOSSIP"},
				null]}""".formatted(UUID.randomUUID());
		HttpResponse<String> response = postWithToken(body);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode result = json.readTree(response.body());
		assertThat(result.get("created").asInt()).isEqualTo(1);
		assertThat(result.get("rejected").asInt()).isEqualTo(2);
		JsonNode rejected = result.get("results").get(1);
		assertThat(rejected.get("status").asString()).isEqualTo("rejected");
		assertThat(rejected.get("errors").toString()).contains("sourceItemId", "text is required", "url must start",
				"Unknown region atlantis", "Unknown category GOSSIP");
	}

	@Test
	void somethingThatIsNotJsonIsA400Problem() throws Exception {
		HttpResponse<String> response = postWithToken("{\"items\": [ this is not json");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("not valid JSON");
	}

	@Test
	void anEmptyBatchAndAnOversizedBatchAreRefused() throws Exception {
		assertThat(postWithToken("{\"items\":[]}").statusCode()).isEqualTo(400);
		StringBuilder many = new StringBuilder("{\"items\":[");
		for (int i = 0; i < 1001; i++) {
			many.append(i == 0 ? "" : ",").append("{\"sourceItemId\":\"").append(i).append("\",\"text\":\"x\"}");
		}
		HttpResponse<String> response = postWithToken(many.append("]}").toString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("exceeds 1000 items");
	}

	@Test
	void aHugePayloadIsRefusedBeforeItIsRead() throws Exception {
		String huge = "{\"items\":[{\"sourceItemId\":\"1\",\"text\":\"" + "ا".repeat(5_000_000) + "\"}]}";
		HttpResponse<String> response = postWithToken(huge);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("exceeds 8388608 bytes");
	}
}
