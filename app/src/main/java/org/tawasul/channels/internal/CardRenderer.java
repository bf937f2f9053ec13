package org.tawasul.channels.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.stereotype.Component;

/**
 * Draws the branded square card Instagram needs when a publication has no image of its own: 1080 × 1080 px, the
 * title in Noto Naskh Arabic Bold (SIL Open Font License, embedded in the jar) shaped by Java2D's
 * {@link TextLayout} (joining forms and right-to-left order come from the font's OpenType tables and the Unicode
 * bidirectional algorithm), right-aligned for Arabic, left-aligned for Latin-script titles.
 */
@Component
class CardRenderer {

	static final int SIZE = 1080;

	static final int MARGIN = 96;

	static final Color BACKGROUND = new Color(0x0B, 0x3D, 0x5C);

	static final Color INK = Color.WHITE;

	static final Color ACCENT = new Color(0xC8, 0xA4, 0x4D);

	private static final String FONT = "/channels/fonts/NotoNaskhArabic-Bold.ttf";

	private final Font base;

	CardRenderer() {
		try (InputStream in = CardRenderer.class.getResourceAsStream(FONT)) {
			if (in == null) {
				throw new IllegalStateException("missing embedded font " + FONT);
			}
			this.base = Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Font font(float size) {
		return base.deriveFont(size);
	}

	/** The card for a title; {@code footer} is a short line under it (the site's address). */
	BufferedImage render(String title, String footer) {
		BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			prepare(g);
			g.setColor(BACKGROUND);
			g.fillRect(0, 0, SIZE, SIZE);
			g.setColor(ACCENT);
			g.setStroke(new BasicStroke(12));
			g.drawLine(MARGIN, SIZE - MARGIN - 90, SIZE - MARGIN, SIZE - MARGIN - 90);
			boolean rtl = isRightToLeft(title);
			float size = 84f;
			List<TextLayout> lines = wrap(g.getFontRenderContext(), title, font(size), rtl);
			while (lines.size() > 6 && size > 40f) {
				size -= 6f;
				lines = wrap(g.getFontRenderContext(), title, font(size), rtl);
			}
			float lineHeight = size * 1.55f;
			float y = (SIZE - 90 - lineHeight * lines.size()) / 2f;
			g.setColor(INK);
			for (TextLayout line : lines) {
				y += line.getAscent();
				drawLine(g, line, y, rtl);
				y += lineHeight - line.getAscent();
			}
			if (!footer.isBlank()) {
				TextLayout foot = new TextLayout(footer, font(36f), g.getFontRenderContext());
				g.setColor(ACCENT);
				drawLine(g, foot, SIZE - MARGIN - 20, rtl);
			}
		}
		finally {
			g.dispose();
		}
		return image;
	}

	static void prepare(Graphics2D g) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
	}

	/** Right-to-left lines end at the right margin, left-to-right ones start at the left margin. */
	static void drawLine(Graphics2D g, TextLayout line, float baseline, boolean rtl) {
		float x = rtl ? SIZE - MARGIN - line.getAdvance() : MARGIN;
		line.draw(g, x, baseline);
	}

	static boolean isRightToLeft(String text) {
		Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
		return !bidi.baseIsLeftToRight();
	}

	private static List<TextLayout> wrap(FontRenderContext frc, String text, Font font, boolean rtl) {
		AttributedString attributed = new AttributedString(text);
		attributed.addAttribute(TextAttribute.FONT, font);
		attributed.addAttribute(TextAttribute.RUN_DIRECTION,
				rtl ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
		LineBreakMeasurer measurer = new LineBreakMeasurer(attributed.getIterator(), frc);
		List<TextLayout> lines = new ArrayList<>();
		while (measurer.getPosition() < text.length()) {
			lines.add(measurer.nextLayout(SIZE - 2f * MARGIN));
		}
		return lines;
	}

	static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** JPEG, as Instagram's content publishing accepts only JPEG images. */
	static byte[] jpeg(BufferedImage image) {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
		ImageWriter writer = writers.next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.9f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}
}
