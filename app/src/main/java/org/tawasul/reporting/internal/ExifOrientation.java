package org.tawasul.reporting.internal;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Phones store photos sideways and say so in EXIF ("orientation"). Re-encoding drops EXIF, so the rotation it asks
 * for is applied to the pixels first, or the photo would show sideways. Reads only JPEG's APP1 segment, IFD0.
 */
final class ExifOrientation {

	private ExifOrientation() {
	}

	static BufferedImage apply(BufferedImage image, byte[] jpeg) {
		int orientation = orientation(jpeg);
		if (orientation <= 1 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		// x' = m00·x + m01·y + m02, y' = m10·x + m11·y + m12; arguments in the order m00, m10, m01, m11, m02, m12
		AffineTransform t = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirror
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // flipped
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // transposed
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // turn a quarter clockwise
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // transversed
			default -> new AffineTransform(0, -1, 1, 0, 0, w); // turn a quarter anticlockwise
		};
		boolean swaps = orientation >= 5;
		BufferedImage target = new BufferedImage(swaps ? h : w, swaps ? w : h,
				image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		var graphics = target.createGraphics();
		graphics.drawImage(image, t, null);
		graphics.dispose();
		return target;
	}

	/** The EXIF orientation (1–8) of a JPEG, 0 when there is none or the bytes are not a JPEG with EXIF. */
	static int orientation(byte[] b) {
		if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
			return 0;
		}
		int i = 2;
		while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF) {
			int marker = b[i + 1] & 0xFF;
			int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
			if (marker == 0xDA || length < 2) {
				return 0; // image data starts: no EXIF before it
			}
			if (marker == 0xE1 && i + 10 <= b.length && b[i + 4] == 'E' && b[i + 5] == 'x' && b[i + 6] == 'i'
					&& b[i + 7] == 'f') {
				return fromTiff(b, i + 10, Math.min(b.length, i + 2 + length));
			}
			i += 2 + length;
		}
		return 0;
	}

	private static int fromTiff(byte[] b, int start, int end) {
		if (start + 8 > end) {
			return 0;
		}
		boolean little = b[start] == 'I' && b[start + 1] == 'I';
		int ifd = start + read(b, start + 4, 4, little);
		if (ifd < start || ifd + 2 > end) {
			return 0;
		}
		int entries = read(b, ifd, 2, little);
		for (int e = 0; e < entries; e++) {
			int entry = ifd + 2 + e * 12;
			if (entry + 12 > end) {
				return 0;
			}
			if (read(b, entry, 2, little) == 0x0112) {
				return read(b, entry + 8, 2, little);
			}
		}
		return 0;
	}

	private static int read(byte[] b, int at, int bytes, boolean little) {
		int value = 0;
		for (int k = 0; k < bytes; k++) {
			int octet = b[at + (little ? bytes - 1 - k : k)] & 0xFF;
			value = (value << 8) | octet;
		}
		return value;
	}
}
