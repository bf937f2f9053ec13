package org.tawasul.channels.internal;

import java.time.Clock;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * What Facebook Pages and Instagram share on Meta's Graph API: the error document
 * ({@code {"error":{"code":…,"error_subcode":…,"message":…}}}) mapped to failures, and the long-lived token
 * exchange ({@code GET /oauth/access_token?grant_type=fb_exchange_token}).
 */
final class MetaGraph {

	/** Throttling codes: app (4), user (17), page (32), custom (613), Page/IG business use case (80001, 80002…). */
	private static final Set<Integer> RATE_LIMIT_CODES = Set.of(4, 17, 32, 613, 80001, 80002, 80006, 80008);

	private final RestClient api;

	private final ChannelsProperties.Facebook app;

	private final Clock clock;

	MetaGraph(String baseUrl, ChannelsProperties.Facebook app, Clock clock) {
		this.api = HttpCalls.client(baseUrl);
		this.app = app;
		this.clock = clock;
	}

	RestClient api() {
		return api;
	}

	HttpCalls.Response get(String path, String token, Object... variables) {
		return HttpCalls.send(api.get().uri(path, variables).headers(h -> h.setBearerAuth(token)), false);
	}

	HttpCalls.Response post(String path, String token, MultiValueMap<String, ?> form, Object... variables) {
		boolean multipart = form.values().stream().flatMap(java.util.List::stream)
			.anyMatch(v -> v instanceof org.springframework.core.io.Resource);
		return HttpCalls.send(api.post()
			.uri(path, variables)
			.headers(h -> h.setBearerAuth(token))
			.contentType(multipart ? MediaType.MULTIPART_FORM_DATA : MediaType.APPLICATION_FORM_URLENCODED)
			.body(form), true);
	}

	/** Comments on a Page post or an Instagram media (same Graph edge for both); returns the comment's id. */
	String comment(String token, String objectId, String text) {
		HttpCalls.Response response = post("/{object}/comments", token, form("message", text), objectId);
		check(response, true);
		return response.body().path("id").asString();
	}

	/** Followers of a Page or an Instagram professional account ({@code followers_count} on both). */
	long followers(String token, String accountId) {
		HttpCalls.Response response = get("/{account}?fields=followers_count", token, accountId);
		check(response, false);
		return response.body().path("followers_count").asLong();
	}

	static MultiValueMap<String, Object> form(String... pairs) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	void check(HttpCalls.Response response, boolean mutating) {
		if (response.ok() && !response.body().has("error")) {
			return;
		}
		JsonNode error = response.body().path("error");
		int code = error.path("code").asInt(0);
		int subcode = error.path("error_subcode").asInt(0);
		String detail = "HTTP " + response.status() + " " + response.body();
		if (response.status() == 429 || RATE_LIMIT_CODES.contains(code)) {
			throw new ChannelFailure(ChannelFailure.Kind.RATE_LIMITED, "channels.failure.rate-limited", detail,
					HttpCalls.retryAt(response.headers(), clock), false);
		}
		if (code == 9 && subcode == 2207042) {
			throw new ChannelFailure(ChannelFailure.Kind.RATE_LIMITED, "channels.failure.publishing-limit", detail,
					clock.instant().plusSeconds(3600), false);
		}
		if (code == 190) {
			throw new ChannelFailure(subcode == 463 ? ChannelFailure.Kind.TOKEN_EXPIRED : ChannelFailure.Kind.PERMANENT,
					subcode == 463 ? "channels.failure.token-expired" : "channels.failure.token-revoked", detail, null,
					false);
		}
		if (code == 100 && subcode == 33 || response.status() == 404) {
			throw ChannelFailure.permanent("channels.failure.unknown-account", detail);
		}
		if (response.status() >= 500 || code == 1 || code == 2) {
			throw HttpCalls.serverError(response, mutating);
		}
		throw ChannelFailure.permanent("channels.failure.refused", detail);
	}

	/** Exchanges a still-valid token for a fresh long-lived one (about 60 days). */
	Connector.TokenGrant exchange(ChannelAccount account) {
		if (app.appId().isBlank() || app.appSecret().isBlank()) {
			throw ChannelFailure.permanent("channels.failure.token-expired",
					"tawasul.channels.facebook.app-id/app-secret are not set: reconnect the account by hand");
		}
		HttpCalls.Response response = HttpCalls.send(api.get()
			.uri(u -> u.path("/oauth/access_token")
				.queryParam("grant_type", "fb_exchange_token")
				.queryParam("client_id", app.appId())
				.queryParam("client_secret", app.appSecret())
				.queryParam("fb_exchange_token", account.accessToken())
				.build()), false);
		if (!response.ok()) {
			throw ChannelFailure.permanent("channels.failure.token-revoked", "exchange refused: " + response.body());
		}
		long expiresIn = response.body().path("expires_in").asLong(0);
		return new Connector.TokenGrant(response.body().path("access_token").asString(), null,
				expiresIn > 0 ? clock.instant().plusSeconds(expiresIn) : null);
	}
}
