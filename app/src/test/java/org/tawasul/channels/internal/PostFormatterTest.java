package org.tawasul.channels.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.tawasul.channels.Network;
import org.tawasul.platform.blob.Blob;
import org.tawasul.platform.blob.BlobStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostFormatterTest {

	/** An in-memory blob store. */
	static final class MemoryBlobs implements BlobStore {

		final Map<String, byte[]> blobs = new HashMap<>();

		@Override
		public Blob put(InputStream content, long maxBytes) throws IOException {
			byte[] bytes = content.readAllBytes();
			try {
				String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
				blobs.put(sha, bytes);
				return new Blob(sha, bytes.length);
			}
			catch (java.security.NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public InputStream open(String sha256) {
			return new ByteArrayInputStream(blobs.get(sha256));
		}

		@Override
		public boolean contains(String sha256) {
			return blobs.containsKey(sha256);
		}
	}

	private final MemoryBlobs blobs = new MemoryBlobs();

	private final ChannelsProperties properties = new ChannelsProperties(null, Path.of("unused"),
			"https://tawasul.example.ma/", 6, java.time.Duration.ofSeconds(30), java.time.Duration.ofHours(1),
			java.time.Duration.ofMinutes(5), java.time.Duration.ofMinutes(10),
			new ChannelsProperties.X("https://api.x.com", "", ""),
			new ChannelsProperties.Facebook("https://graph.facebook.com/v23.0", "", ""),
			new ChannelsProperties.Instagram("https://graph.facebook.com/v23.0", java.time.Duration.ofSeconds(2), 10));

	private final PostFormatter formatter = new PostFormatter(new CardRenderer(), blobs, properties);

	private static PostSource source(String title, String summary) {
		return new PostSource(UUID.randomUUID(), "ar", title, summary, "https://tawasul.example.ma/ar/p/1", null, null);
	}

	@Test
	void theMarkerJoinsTheLinksQuery() {
		assertThat(PostFormatter.withMarker("https://a.ma/p", "k1")).isEqualTo("https://a.ma/p?d=k1");
		assertThat(PostFormatter.withMarker("https://a.ma/p?lang=fr", "k1")).isEqualTo("https://a.ma/p?lang=fr&d=k1");
	}

	@Test
	void aShortTextIsOneXPost() {
		Post post = formatter.format(Network.X, source("بيان حقيقة", "نص قصير"), "k1");
		assertThat(post.parts()).hasSize(1);
		assertThat(post.text()).contains("بيان حقيقة", "نص قصير", "d=k1");
	}

	@Test
	void aLongTextIsAThreadOfPostsWithinTheLimitEachWithItsNumber() {
		Post post = formatter.format(Network.X, source("بلاغ", "كلمة ".repeat(200)), "k1");
		assertThat(post.parts()).hasSizeGreaterThan(2);
		assertThat(post.parts().get(0)).contains("d=k1");
		post.parts().forEach(part -> assertThat(XText.weightedLength(part)).isLessThanOrEqualTo(280));
		int n = post.parts().size();
		assertThat(post.parts().get(n - 1)).endsWith("(" + n + "/" + n + ")");
		String rejoined = String.join(" ", post.parts().subList(1, n)).replaceAll(" \\(\\d+/\\d+\\)", "");
		assertThat(rejoined.split("\\s+")).hasSize(200);
	}

	@Test
	void aVeryLongTitleIsCutOnAWordWithTheLinkKept() {
		Post post = formatter.format(Network.X, source("عنوان طويل جدا ".repeat(40), "ملخص"), "k1");
		assertThat(post.parts().get(0)).contains("…", "d=k1");
		assertThat(XText.weightedLength(post.parts().get(0))).isLessThanOrEqualTo(280);
	}

	@Test
	void facebookGetsTheWholeTextAndTheLink() {
		String summary = "جملة ".repeat(500);
		Post post = formatter.format(Network.FACEBOOK, source("بلاغ", summary), "k2");
		assertThat(post.parts()).hasSize(1);
		assertThat(post.text()).contains(summary.strip()).endsWith("https://tawasul.example.ma/ar/p/1?d=k2");
	}

	@Test
	void instagramGetsACardTheNetworkCanDownload() throws Exception {
		Post post = formatter.format(Network.INSTAGRAM, source("بيان حقيقة", "نص"), "k3");
		assertThat(post.imageUrl()).isEqualTo("https://tawasul.example.ma/channels/cards/" + post.imageSha256() + ".jpg");
		BufferedImage card = ImageIO.read(blobs.open(post.imageSha256()));
		assertThat(card.getWidth()).isEqualTo(1080);
		assertThat(card.getHeight()).isEqualTo(1080);
	}

	@Test
	void instagramRefusesTooLongCaptionsTooManyHashtagsAndBadAspectRatios() throws Exception {
		assertThatThrownBy(() -> formatter.format(Network.INSTAGRAM, source("خبر", "ت".repeat(2200)), "k"))
			.isInstanceOfSatisfying(ChannelFailure.class,
					f -> assertThat(f.reasonKey()).isEqualTo("channels.failure.too-long"));
		assertThatThrownBy(() -> formatter.format(Network.INSTAGRAM, source("خبر", "#وسم ".repeat(31)), "k"))
			.isInstanceOfSatisfying(ChannelFailure.class,
					f -> assertThat(f.reasonKey()).isEqualTo("channels.failure.too-many-hashtags"));
		BufferedImage banner = new BufferedImage(1000, 200, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(banner, "png", png);
		String sha = blobs.put(new ByteArrayInputStream(png.toByteArray()), 1_000_000).sha256();
		PostSource wide = new PostSource(UUID.randomUUID(), "ar", "خبر", "نص", "https://a.ma/p", sha, null);
		assertThatThrownBy(() -> formatter.format(Network.INSTAGRAM, wide, "k"))
			.isInstanceOfSatisfying(ChannelFailure.class,
					f -> assertThat(f.reasonKey()).isEqualTo("channels.failure.image-ratio"));
	}
}
