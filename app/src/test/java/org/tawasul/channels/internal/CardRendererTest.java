package org.tawasul.channels.internal;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Instagram card's Arabic title must be shaped (letters joined in their contextual forms) and laid out right to
 * left. The reference is the same text shaped by {@link TextLayout} directly; the counter-example is the same
 * letters drawn one by one (isolated forms, no joining), as a renderer without shaping would draw them.
 */
class CardRendererTest {

	static final String TITLE = "بيان حقيقة";

	private final CardRenderer renderer = new CardRenderer();

	@Test
	void theCardIsASquareJpegInstagramAccepts() throws Exception {
		BufferedImage card = renderer.render("المديرية العامة للأمن الوطني تكذب خبرا زائفا", "tawasul.example.ma");
		assertThat(card.getWidth()).isEqualTo(1080);
		assertThat(card.getHeight()).isEqualTo(1080);
		byte[] jpeg = CardRenderer.jpeg(card);
		assertThat(jpeg[0] & 0xff).isEqualTo(0xFF);
		assertThat(jpeg[1] & 0xff).isEqualTo(0xD8);
		assertThat(ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth()).isEqualTo(1080);
		Path sample = Path.of("target", "channels-card-sample.png");
		Files.createDirectories(sample.getParent());
		Files.write(sample, CardRenderer.png(card));
	}

	@Test
	void theArabicTitleIsShapedLikeTheReferenceAndNotLikeIsolatedLetters() {
		Font font = renderer.font(84f);
		BufferedImage ours = crop(renderer.render(TITLE, ""));
		BufferedImage shaped = crop(draw(g -> {
			TextLayout layout = new TextLayout(TITLE, font, g.getFontRenderContext());
			layout.draw(g, CardRenderer.SIZE - CardRenderer.MARGIN - layout.getAdvance(), 500);
		}));
		BufferedImage isolated = crop(draw(g -> {
			g.setFont(font);
			float x = CardRenderer.SIZE - CardRenderer.MARGIN;
			for (int i = 0; i < TITLE.length(); i++) {
				String letter = TITLE.substring(i, i + 1);
				x -= g.getFontMetrics().stringWidth(letter);
				g.drawString(letter, x, 500);
			}
		}));
		assertThat(difference(ours, shaped)).as("difference from the shaped reference").isLessThan(0.02);
		assertThat(difference(ours, isolated)).as("difference from isolated letters").isGreaterThan(0.10);
	}

	@Test
	void theArabicTitleEndsAtTheRightMargin() {
		BufferedImage card = renderer.render(TITLE, "");
		int rightmost = -1;
		int leftmost = Integer.MAX_VALUE;
		for (int y = 0; y < card.getHeight() - 200; y++) {
			for (int x = 0; x < card.getWidth(); x++) {
				if (isInk(card.getRGB(x, y))) {
					rightmost = Math.max(rightmost, x);
					leftmost = Math.min(leftmost, x);
				}
			}
		}
		assertThat(rightmost).isBetween(CardRenderer.SIZE - CardRenderer.MARGIN - 12, CardRenderer.SIZE - CardRenderer.MARGIN + 4);
		assertThat(leftmost).as("a short title leaves the left side empty").isGreaterThan(CardRenderer.SIZE / 3);
	}

	private interface Painter {
		void paint(Graphics2D g);
	}

	private static BufferedImage draw(Painter painter) {
		BufferedImage image = new BufferedImage(CardRenderer.SIZE, CardRenderer.SIZE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		CardRenderer.prepare(g);
		g.setColor(CardRenderer.BACKGROUND);
		g.fillRect(0, 0, CardRenderer.SIZE, CardRenderer.SIZE);
		g.setColor(CardRenderer.INK);
		painter.paint(g);
		g.dispose();
		return image;
	}

	/** White title ink only (the accent rule and footer are another colour). */
	private static boolean isInk(int rgb) {
		int r = (rgb >> 16) & 0xff;
		int g = (rgb >> 8) & 0xff;
		int b = rgb & 0xff;
		return r > 160 && g > 160 && b > 160;
	}

	private static BufferedImage crop(BufferedImage image) {
		int minX = Integer.MAX_VALUE;
		int minY = Integer.MAX_VALUE;
		int maxX = -1;
		int maxY = -1;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if (isInk(image.getRGB(x, y))) {
					minX = Math.min(minX, x);
					minY = Math.min(minY, y);
					maxX = Math.max(maxX, x);
					maxY = Math.max(maxY, y);
				}
			}
		}
		assertThat(maxX).as("some ink").isGreaterThan(0);
		return image.getSubimage(minX, minY, maxX - minX + 1, maxY - minY + 1);
	}

	/** Share of pixels that differ in ink, over the larger of the two boxes (size differences count fully). */
	private static double difference(BufferedImage a, BufferedImage b) {
		int w = Math.max(a.getWidth(), b.getWidth());
		int h = Math.max(a.getHeight(), b.getHeight());
		long differing = 0;
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				boolean inkA = x < a.getWidth() && y < a.getHeight() && isInk(a.getRGB(x, y));
				boolean inkB = x < b.getWidth() && y < b.getHeight() && isInk(b.getRGB(x, y));
				if (inkA != inkB) {
					differing++;
				}
			}
		}
		return (double) differing / ((long) w * h);
	}
}
