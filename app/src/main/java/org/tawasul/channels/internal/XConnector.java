package org.tawasul.channels.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.tawasul.channels.Network;
import org.tawasul.platform.blob.BlobStore;
import tools.jackson.databind.JsonNode;

/**
 * X API v2 with an OAuth 2.0 user access token: {@code POST /2/tweets} (threads through
 * {@code reply.in_reply_to_tweet_id}), {@code POST /2/media/upload} for the image, {@code DELETE /2/tweets/:id},
 * {@code GET /2/users/:id/tweets} to find a post by its marker, {@code GET /2/users/me} for followers and
 * {@code POST /2/oauth2/token} to refresh. X has no edit in its API: a correction deletes and posts again.
 */
@Component
class XConnector implements Connector {

	private final RestClient api;

	private final ChannelsProperties.X settings;

	private final BlobStore blobs;

	private final Clock clock;

	XConnector(ChannelsProperties properties, BlobStore blobs, Clock clock) {
		this.settings = properties.x();
		this.api = HttpCalls.client(settings.baseUrl());
		this.blobs = blobs;
		this.clock = clock;
	}

	@Override
	public Network network() {
		return Network.X;
	}

	@Override
	public Published publish(ChannelAccount account, Post post, List<String> alreadyPosted,
			Consumer<String> partPosted) {
		List<String> ids = new ArrayList<>(alreadyPosted);
		for (int i = ids.size(); i < post.parts().size(); i++) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("text", post.parts().get(i));
			if (i == 0 && post.imageSha256() != null) {
				body.put("media", Map.of("media_ids", List.of(upload(account, post.imageSha256()))));
			}
			if (i > 0) {
				body.put("reply", Map.of("in_reply_to_tweet_id", ids.get(i - 1)));
			}
			String id = createPost(account, body);
			ids.add(id);
			partPosted.accept(id);
		}
		return new Published(ids.get(0), link(account, ids.get(0)));
	}

	private String createPost(ChannelAccount account, Map<String, Object> body) {
		HttpCalls.Response response = HttpCalls.send(api.post()
			.uri("/2/tweets")
			.headers(h -> h.setBearerAuth(account.accessToken()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body), true);
		check(response, true);
		return response.body().path("data").path("id").asString();
	}

	/** Uploads the image (simple upload, {@code tweet_image}) and returns its media id. */
	String upload(ChannelAccount account, String sha256) {
		byte[] bytes;
		try (InputStream in = blobs.open(sha256)) {
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("media", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return sha256 + ".img";
			}
		});
		form.add("media_category", "tweet_image");
		HttpCalls.Response response = HttpCalls.send(api.post()
			.uri("/2/media/upload")
			.headers(h -> h.setBearerAuth(account.accessToken()))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form), false);
		if (!response.ok()) {
			if (response.status() == 401 || response.status() == 429 || response.status() >= 500) {
				check(response, false);
			}
			throw ChannelFailure.permanent("channels.failure.media-upload", "HTTP " + response.status() + " "
					+ response.body());
		}
		String id = response.body().path("data").path("id").asString();
		if (id.isEmpty()) {
			throw new ChannelFailure(ChannelFailure.Kind.TRANSIENT, "channels.failure.media-upload",
					"no media id in " + response.body(), null, false);
		}
		return id;
	}

	@Override
	public Optional<Published> findByMarker(ChannelAccount account, String marker, Instant since) {
		HttpCalls.Response response = HttpCalls.send(api.get()
			.uri(u -> u.path("/2/users/{id}/tweets")
				.queryParam("max_results", 100)
				.queryParam("start_time", DateTimeFormatter.ISO_INSTANT.format(since.truncatedTo(ChronoUnit.SECONDS)))
				.queryParam("tweet.fields", "created_at,entities")
				.build(account.externalId()))
			.headers(h -> h.setBearerAuth(account.accessToken())), false);
		check(response, false);
		String needle = "d=" + marker;
		for (JsonNode post : response.body().path("data")) {
			boolean found = post.path("text").asString().contains(needle);
			for (JsonNode url : post.path("entities").path("urls")) {
				found |= url.path("expanded_url").asString().contains(needle);
			}
			if (found) {
				String id = post.path("id").asString();
				return Optional.of(new Published(id, link(account, id)));
			}
		}
		return Optional.empty();
	}

	@Override
	public boolean edit(ChannelAccount account, String remoteId, Post post) {
		return false;
	}

	@Override
	public boolean delete(ChannelAccount account, String remoteId) {
		HttpCalls.Response response = HttpCalls.send(api.delete()
			.uri("/2/tweets/{id}", remoteId)
			.headers(h -> h.setBearerAuth(account.accessToken())), true);
		if (response.status() == 404) {
			return true;
		}
		check(response, true);
		return true;
	}

	@Override
	public String reply(ChannelAccount account, String remoteId, String text) {
		return createPost(account, Map.of("text", text, "reply", Map.of("in_reply_to_tweet_id", remoteId)));
	}

	@Override
	public long followers(ChannelAccount account) {
		HttpCalls.Response response = HttpCalls.send(api.get()
			.uri("/2/users/me?user.fields=public_metrics")
			.headers(h -> h.setBearerAuth(account.accessToken())), false);
		check(response, false);
		return response.body().path("data").path("public_metrics").path("followers_count").asLong();
	}

	@Override
	public Engagement engagement(ChannelAccount account, String remoteId) {
		HttpCalls.Response response = HttpCalls.send(api.get()
			.uri("/2/tweets/{id}?tweet.fields=public_metrics", remoteId)
			.headers(h -> h.setBearerAuth(account.accessToken())), false);
		check(response, false);
		JsonNode metrics = response.body().path("data").path("public_metrics");
		return new Engagement(number(metrics, "like_count"), number(metrics, "retweet_count"),
				number(metrics, "reply_count"), number(metrics, "impression_count"));
	}

	@Override
	public TokenGrant refresh(ChannelAccount account) {
		if (account.refreshToken() == null) {
			throw ChannelFailure.permanent("channels.failure.token-revoked", "no refresh token for " + account);
		}
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "refresh_token");
		form.add("refresh_token", account.refreshToken());
		form.add("client_id", settings.clientId());
		HttpCalls.Response response = HttpCalls.send(api.post()
			.uri("/2/oauth2/token")
			.headers(h -> {
				if (!settings.clientSecret().isBlank()) {
					h.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
							(settings.clientId() + ":" + settings.clientSecret()).getBytes(StandardCharsets.UTF_8)));
				}
			})
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form), false);
		if (response.status() == 400 || response.status() == 401) {
			throw ChannelFailure.permanent("channels.failure.token-revoked", "refresh refused: " + response.body());
		}
		check(response, false);
		JsonNode body = response.body();
		long expiresIn = body.path("expires_in").asLong(0);
		String refresh = body.path("refresh_token").asString();
		return new TokenGrant(body.path("access_token").asString(), refresh.isEmpty() ? null : refresh,
				expiresIn > 0 ? clock.instant().plusSeconds(expiresIn) : null);
	}

	private static String link(ChannelAccount account, String id) {
		return "https://x.com/" + account.handle() + "/status/" + id;
	}

	private void check(HttpCalls.Response response, boolean mutating) {
		if (response.ok()) {
			return;
		}
		String detail = "HTTP " + response.status() + " " + response.body();
		switch (response.status()) {
			case 429 -> throw new ChannelFailure(ChannelFailure.Kind.RATE_LIMITED, "channels.failure.rate-limited",
					detail, HttpCalls.retryAt(response.headers(), clock), false);
			case 401 -> throw new ChannelFailure(ChannelFailure.Kind.TOKEN_EXPIRED, "channels.failure.token-revoked",
					detail, null, false);
			case 404 -> throw ChannelFailure.permanent("channels.failure.unknown-account", detail);
			default -> {
				if (response.status() >= 500) {
					throw HttpCalls.serverError(response, mutating);
				}
				String title = response.body().path("detail").asString();
				throw ChannelFailure.permanent(
						title.toLowerCase(java.util.Locale.ROOT).contains("duplicate") ? "channels.failure.duplicate"
								: "channels.failure.refused",
						detail);
			}
		}
	}

	private static @Nullable Long number(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isNumber() ? value.asLong() : null;
	}
}
