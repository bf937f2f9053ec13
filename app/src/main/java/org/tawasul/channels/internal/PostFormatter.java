package org.tawasul.channels.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tawasul.channels.Network;
import org.tawasul.platform.blob.BlobStore;

/**
 * Turns a publication into what each network accepts, within the limits listed in {@code docs/channels.md}: X — 280
 * weighted characters per post, a thread when longer, the link in the first post; Facebook — the full text with the
 * link; Instagram — a caption of at most 2,200 characters and 30 hashtags, and a JPEG image with an aspect ratio
 * between 4:5 and 1.91:1 (the publication's own, or a card drawn from its title). Input no network can take fails
 * with a {@link ChannelFailure#permanent permanent} failure the editor reads.
 */
@Component
class PostFormatter {

	static final int FACEBOOK_MAX = 63_206;

	static final int INSTAGRAM_CAPTION_MAX = 2_200;

	static final int INSTAGRAM_HASHTAGS_MAX = 30;

	static final int X_THREAD_MAX = 25;

	private final CardRenderer cards;

	private final BlobStore blobs;

	private final ChannelsProperties properties;

	PostFormatter(CardRenderer cards, BlobStore blobs, ChannelsProperties properties) {
		this.cards = cards;
		this.blobs = blobs;
		this.properties = properties;
	}

	Post format(Network network, PostSource source, String marker) {
		String link = withMarker(source.url(), marker);
		return switch (network) {
			case X -> forX(source, link);
			case FACEBOOK -> forFacebook(source, link);
			case INSTAGRAM -> forInstagram(source, link);
		};
	}

	static String withMarker(String url, String marker) {
		return url + (url.contains("?") ? "&" : "?") + "d=" + marker;
	}

	private Post forX(PostSource source, String link) {
		String whole = joined(source.title(), source.summary()) + "\n\n" + link;
		String image = existingImage(source);
		if (XText.fits(whole)) {
			return new Post(List.of(whole), link, image, null, source.imageAlt());
		}
		List<String> parts = new ArrayList<>();
		String head = source.title().strip();
		int room = XText.MAX_WEIGHTED_LENGTH - XText.URL_LENGTH - 2;
		if (XText.weightedLength(head) > room) {
			head = truncate(head, room - 1) + "…";
		}
		parts.add(head + "\n\n" + link);
		parts.addAll(split(source.summary().strip(), XText.MAX_WEIGHTED_LENGTH - 8));
		if (parts.size() > X_THREAD_MAX) {
			throw ChannelFailure.permanent("channels.failure.too-long", "X thread of " + parts.size() + " posts");
		}
		int n = parts.size();
		for (int i = 1; i < n; i++) {
			parts.set(i, parts.get(i) + " (" + (i + 1) + "/" + n + ")");
		}
		return new Post(List.copyOf(parts), link, image, null, source.imageAlt());
	}

	private Post forFacebook(PostSource source, String link) {
		String message = joined(source.title(), source.summary()) + "\n\n" + link;
		if (message.codePointCount(0, message.length()) > FACEBOOK_MAX) {
			throw ChannelFailure.permanent("channels.failure.too-long", "Facebook message over " + FACEBOOK_MAX);
		}
		return new Post(List.of(message), link, existingImage(source), null, source.imageAlt());
	}

	private Post forInstagram(PostSource source, String link) {
		String caption = joined(source.title(), source.summary()) + "\n\n" + link;
		if (caption.codePointCount(0, caption.length()) > INSTAGRAM_CAPTION_MAX) {
			throw ChannelFailure.permanent("channels.failure.too-long",
					"Instagram caption over " + INSTAGRAM_CAPTION_MAX + " characters");
		}
		long hashtags = caption.chars().filter(c -> c == '#').count();
		if (hashtags > INSTAGRAM_HASHTAGS_MAX) {
			throw ChannelFailure.permanent("channels.failure.too-many-hashtags", hashtags + " hashtags");
		}
		byte[] jpeg;
		if (source.imageSha256() != null) {
			BufferedImage own = read(source.imageSha256());
			double ratio = (double) own.getWidth() / own.getHeight();
			if (ratio < 0.8 || ratio > 1.91) {
				throw ChannelFailure.permanent("channels.failure.image-ratio", "aspect ratio " + ratio);
			}
			jpeg = CardRenderer.jpeg(own);
		}
		else {
			if (source.title().isBlank()) {
				throw ChannelFailure.permanent("channels.failure.image-missing", "no image and no title for a card");
			}
			jpeg = CardRenderer.jpeg(cards.render(source.title().strip(), host(source.url())));
		}
		String sha = store(jpeg);
		String imageUrl = properties.publicBaseUrl().replaceAll("/+$", "") + "/channels/cards/" + sha + ".jpg";
		return new Post(List.of(caption), link, sha, imageUrl, source.imageAlt());
	}

	private @Nullable String existingImage(PostSource source) {
		if (source.imageSha256() != null) {
			read(source.imageSha256());
		}
		return source.imageSha256();
	}

	private BufferedImage read(String sha256) {
		if (!blobs.contains(sha256)) {
			throw ChannelFailure.permanent("channels.failure.image-missing", "image " + sha256 + " is not stored");
		}
		try (InputStream in = blobs.open(sha256)) {
			BufferedImage image = ImageIO.read(in);
			if (image == null) {
				throw ChannelFailure.permanent("channels.failure.image-unreadable", "image " + sha256);
			}
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String store(byte[] bytes) {
		try {
			return blobs.put(new ByteArrayInputStream(bytes), 8L * 1024 * 1024).sha256();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String host(String url) {
		try {
			String host = URI.create(url).getHost();
			return host == null ? url : host;
		}
		catch (IllegalArgumentException ex) {
			return url;
		}
	}

	private static String joined(String title, String summary) {
		return summary.isBlank() ? title.strip() : title.strip() + "\n\n" + summary.strip();
	}

	/** The longest prefix (on a word boundary when possible) within {@code max} weighted characters. */
	static String truncate(String text, int max) {
		StringBuilder out = new StringBuilder();
		int lastSpace = -1;
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			String next = out + new String(Character.toChars(cp));
			if (XText.weightedLength(next) > max) {
				break;
			}
			if (Character.isWhitespace(cp)) {
				lastSpace = out.length();
			}
			out.appendCodePoint(cp);
			i += Character.charCount(cp);
		}
		if (i < text.length() && lastSpace > max / 2) {
			return out.substring(0, lastSpace).strip();
		}
		return out.toString().strip();
	}

	/** Splits a text into parts of at most {@code max} weighted characters, on word boundaries. */
	static List<String> split(String text, int max) {
		List<String> parts = new ArrayList<>();
		String rest = text;
		while (!rest.isBlank()) {
			if (XText.weightedLength(rest) <= max) {
				parts.add(rest.strip());
				break;
			}
			String part = truncate(rest, max);
			if (part.isEmpty()) {
				break;
			}
			parts.add(part);
			rest = rest.substring(Math.min(rest.length(), rest.indexOf(part) + part.length())).strip();
		}
		return parts;
	}
}
