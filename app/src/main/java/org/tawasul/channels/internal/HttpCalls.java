package org.tawasul.channels.internal;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * The HTTP plumbing the connectors share: a {@link RestClient} per base URL with timeouts, responses read whatever
 * their status, and the common failure mapping (rate limits from {@code x-rate-limit-reset}, {@code Retry-After}
 * and Meta's {@code X-Business-Use-Case-Usage}; 5xx and broken connections as passing and ambiguous).
 */
final class HttpCalls {

	/** A response: status, headers and its JSON body (a missing node when the body is empty or not JSON). */
	record Response(int status, HttpHeaders headers, JsonNode body) {

		boolean ok() {
			return status >= 200 && status < 300;
		}
	}

	static final JsonMapper JSON = JsonMapper.builder().build();

	private HttpCalls() {
	}

	static RestClient client(String baseUrl) {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(Duration.ofSeconds(30));
		return RestClient.builder().baseUrl(baseUrl).requestFactory(factory).build();
	}

	/**
	 * Sends and reads the response; a broken connection is a passing failure, ambiguous when {@code mutating}
	 * (the network may have acted before the connection broke).
	 */
	static Response send(RestClient.RequestHeadersSpec<?> request, boolean mutating) {
		try {
			return request.exchange((req, res) -> {
				byte[] bytes = res.getBody().readAllBytes();
				JsonNode body;
				try {
					body = bytes.length == 0 ? MissingNode.getInstance() : JSON.readTree(bytes);
				}
				catch (RuntimeException ex) {
					body = MissingNode.getInstance();
				}
				return new Response(res.getStatusCode().value(), res.getHeaders(), body);
			});
		}
		catch (ResourceAccessException ex) {
			throw new ChannelFailure(ChannelFailure.Kind.TRANSIENT, "channels.failure.unreachable",
					String.valueOf(ex.getMessage()), null, mutating);
		}
	}

	/** When a rate-limited response says the limit resets, or null. */
	static @Nullable Instant retryAt(HttpHeaders headers, Clock clock) {
		String reset = headers.getFirst("x-rate-limit-reset");
		if (reset != null && reset.matches("\\d+")) {
			return Instant.ofEpochSecond(Long.parseLong(reset));
		}
		String retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (retryAfter != null && retryAfter.matches("\\d+")) {
			return clock.instant().plusSeconds(Long.parseLong(retryAfter));
		}
		String usage = headers.getFirst("X-Business-Use-Case-Usage");
		if (usage != null) {
			long minutes = 0;
			try {
				JsonNode tree = JSON.readTree(usage);
				for (JsonNode account : tree) {
					for (JsonNode entry : account) {
						minutes = Math.max(minutes, entry.path("estimated_time_to_regain_access").asLong(0));
					}
				}
			}
			catch (RuntimeException ex) {
				return null;
			}
			if (minutes > 0) {
				return clock.instant().plus(Duration.ofMinutes(minutes));
			}
		}
		return null;
	}

	/** A 5xx: passing; ambiguous for a request that changes something. */
	static ChannelFailure serverError(Response response, boolean mutating) {
		return new ChannelFailure(ChannelFailure.Kind.TRANSIENT, "channels.failure.network-error",
				"HTTP " + response.status() + " " + response.body(), null, mutating);
	}
}
