package org.tawasul.channels.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.tawasul.channels.Network;
import tools.jackson.databind.JsonNode;

/**
 * Instagram content publishing for a professional account: {@code POST /{ig-user-id}/media} (a container from the
 * image's public URL and the caption), {@code GET /{container-id}?fields=status_code} until FINISHED, then
 * {@code POST /{ig-user-id}/media_publish}. The API cannot edit a caption nor delete a post: a correction is a
 * comment under the post, a withdrawal must be done by hand in the app (the delivery says so).
 */
@Component
class InstagramConnector implements Connector {

	private final MetaGraph graph;

	private final ChannelsProperties.Instagram settings;

	InstagramConnector(ChannelsProperties properties, Clock clock) {
		this.settings = properties.instagram();
		this.graph = new MetaGraph(settings.baseUrl(), properties.facebook(), clock);
	}

	@Override
	public Network network() {
		return Network.INSTAGRAM;
	}

	@Override
	public Published publish(ChannelAccount account, Post post, List<String> alreadyPosted,
			Consumer<String> partPosted) {
		if (post.imageUrl() == null) {
			throw ChannelFailure.permanent("channels.failure.image-missing", "Instagram needs an image");
		}
		MultiValueMap<String, Object> form = MetaGraph.form("image_url", post.imageUrl(), "caption", post.text());
		if (post.imageAlt() != null && !post.imageAlt().isBlank()) {
			form.add("alt_text", post.imageAlt());
		}
		HttpCalls.Response created = graph.post("/{user}/media", account.accessToken(), form, account.externalId());
		graph.check(created, false);
		String container = created.body().path("id").asString();
		awaitFinished(account, container);
		HttpCalls.Response published = graph.post("/{user}/media_publish", account.accessToken(),
				MetaGraph.form("creation_id", container), account.externalId());
		graph.check(published, true);
		String mediaId = published.body().path("id").asString();
		return new Published(mediaId, permalink(account, mediaId));
	}

	private void awaitFinished(ChannelAccount account, String container) {
		for (int i = 0; i < settings.pollAttempts(); i++) {
			HttpCalls.Response status = graph.get("/{container}?fields=status_code", account.accessToken(), container);
			graph.check(status, false);
			String code = status.body().path("status_code").asString();
			switch (code) {
				case "FINISHED", "PUBLISHED" -> {
					return;
				}
				case "ERROR" -> throw ChannelFailure.permanent("channels.failure.media-upload",
						"container " + container + " ERROR: " + status.body());
				case "EXPIRED" -> throw new ChannelFailure(ChannelFailure.Kind.TRANSIENT,
						"channels.failure.media-upload", "container " + container + " expired", null, false);
				default -> pause();
			}
		}
		throw new ChannelFailure(ChannelFailure.Kind.TRANSIENT, "channels.failure.media-upload",
				"container " + container + " not ready after " + settings.pollAttempts() + " reads", null, false);
	}

	private void pause() {
		try {
			TimeUnit.MILLISECONDS.sleep(settings.pollInterval().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ChannelFailure(ChannelFailure.Kind.TRANSIENT, "channels.failure.unreachable", "interrupted",
					null, false);
		}
	}

	private String permalink(ChannelAccount account, String mediaId) {
		HttpCalls.Response response = graph.get("/{media}?fields=permalink", account.accessToken(), mediaId);
		String link = response.ok() ? response.body().path("permalink").asString() : "";
		return link.isEmpty() ? "https://www.instagram.com/" + account.handle() + "/" : link;
	}

	@Override
	public Optional<Published> findByMarker(ChannelAccount account, String marker, Instant since) {
		HttpCalls.Response response = graph.get("/{user}/media?fields=id,caption,permalink,timestamp&limit=25",
				account.accessToken(), account.externalId());
		graph.check(response, false);
		for (JsonNode media : response.body().path("data")) {
			if (media.path("caption").asString().contains("d=" + marker)) {
				return Optional.of(new Published(media.path("id").asString(), media.path("permalink").asString()));
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
		return false;
	}

	@Override
	public String reply(ChannelAccount account, String remoteId, String text) {
		return graph.comment(account.accessToken(), remoteId, text);
	}

	@Override
	public long followers(ChannelAccount account) {
		return graph.followers(account.accessToken(), account.externalId());
	}

	@Override
	public Engagement engagement(ChannelAccount account, String remoteId) {
		HttpCalls.Response response = graph.get("/{media}?fields=like_count,comments_count", account.accessToken(),
				remoteId);
		graph.check(response, false);
		JsonNode body = response.body();
		return new Engagement(body.path("like_count").asLong(0), null, body.path("comments_count").asLong(0), null);
	}

	@Override
	public TokenGrant refresh(ChannelAccount account) {
		return graph.exchange(account);
	}
}
