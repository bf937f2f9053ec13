package org.tawasul.channels.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.tawasul.channels.Network;
import org.tawasul.platform.blob.BlobStore;
import tools.jackson.databind.JsonNode;

/**
 * A Facebook Page through the Graph API with a Page access token: {@code POST /{page-id}/feed} (message and link),
 * {@code POST /{page-id}/photos} when the post has an image, {@code POST /{post-id}} to edit the message,
 * {@code DELETE /{post-id}}, {@code POST /{post-id}/comments}, {@code GET /{page-id}/posts} to find a post by its
 * marker and {@code GET /{page-id}?fields=followers_count}.
 */
@Component
class FacebookConnector implements Connector {

	private final MetaGraph graph;

	private final BlobStore blobs;

	FacebookConnector(ChannelsProperties properties, BlobStore blobs, Clock clock) {
		this.graph = new MetaGraph(properties.facebook().baseUrl(), properties.facebook(), clock);
		this.blobs = blobs;
	}

	@Override
	public Network network() {
		return Network.FACEBOOK;
	}

	@Override
	public Published publish(ChannelAccount account, Post post, List<String> alreadyPosted,
			Consumer<String> partPosted) {
		HttpCalls.Response response;
		if (post.imageSha256() != null) {
			MultiValueMap<String, Object> form = MetaGraph.form("message", post.text());
			form.add("source", image(post.imageSha256()));
			response = graph.post("/{page}/photos", account.accessToken(), form, account.externalId());
			try {
				graph.check(response, true);
			}
			catch (ChannelFailure failure) {
				if (failure.kind() == ChannelFailure.Kind.PERMANENT && response.status() == 400) {
					throw ChannelFailure.permanent("channels.failure.media-upload", failure.detail());
				}
				throw failure;
			}
		}
		else {
			response = graph.post("/{page}/feed", account.accessToken(),
					MetaGraph.form("message", post.text(), "link", post.link()), account.externalId());
			graph.check(response, true);
		}
		JsonNode body = response.body();
		String id = body.has("post_id") ? body.path("post_id").asString() : body.path("id").asString();
		return new Published(id, "https://www.facebook.com/" + id);
	}

	private ByteArrayResource image(String sha256) {
		try (InputStream in = blobs.open(sha256)) {
			byte[] bytes = in.readAllBytes();
			return new ByteArrayResource(bytes) {
				@Override
				public String getFilename() {
					return sha256 + ".jpg";
				}
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Optional<Published> findByMarker(ChannelAccount account, String marker, Instant since) {
		HttpCalls.Response response = graph.get("/{page}/posts?fields=id,message,permalink_url&since={since}&limit=50",
				account.accessToken(), account.externalId(), since.getEpochSecond());
		graph.check(response, false);
		for (JsonNode post : response.body().path("data")) {
			if (post.path("message").asString().contains("d=" + marker)) {
				String id = post.path("id").asString();
				String link = post.path("permalink_url").asString();
				return Optional.of(new Published(id, link.isEmpty() ? "https://www.facebook.com/" + id : link));
			}
		}
		return Optional.empty();
	}

	@Override
	public boolean edit(ChannelAccount account, String remoteId, Post post) {
		HttpCalls.Response response = graph.post("/{post}", account.accessToken(),
				MetaGraph.form("message", post.text()), remoteId);
		graph.check(response, true);
		return true;
	}

	@Override
	public boolean delete(ChannelAccount account, String remoteId) {
		HttpCalls.Response response = HttpCalls.send(graph.api().delete()
			.uri("/{post}", remoteId)
			.headers(h -> h.setBearerAuth(account.accessToken())), true);
		graph.check(response, true);
		return true;
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
		HttpCalls.Response response = graph.get(
				"/{post}?fields=shares,reactions.summary(total_count),comments.summary(total_count)",
				account.accessToken(), remoteId);
		graph.check(response, false);
		JsonNode body = response.body();
		return new Engagement(body.path("reactions").path("summary").path("total_count").asLong(0),
				body.path("shares").path("count").asLong(0),
				body.path("comments").path("summary").path("total_count").asLong(0), null);
	}

	@Override
	public TokenGrant refresh(ChannelAccount account) {
		return graph.exchange(account);
	}
}
