package org.tawasul.reporting;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Test images: a phone photo with its GPS position in EXIF, as a citizen's screenshot might carry. */
final class Images {

	/** Marker text stored in the EXIF image description, to prove it is gone after sanitising. */
	static final String SECRET = "GPS-SECRET-33.5731N-7.5898W";

	private Images() {
	}

	static byte[] png(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, width / 2, height);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** A JPEG whose EXIF (APP1) holds an image description, orientation 6 and a GPS latitude. */
	static byte[] jpegWithGps(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(Color.BLUE);
		g.fillRect(0, 0, width, height / 3);
		g.dispose();
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", plain);
		byte[] jpeg = plain.toByteArray();

		byte[] description = (SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
		ByteBuffer tiff = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		// IFD0 at 8: 3 entries (12 bytes each) + next-IFD offset = 2 + 36 + 4 = 42 → ends at 50
		tiff.putShort((short) 3);
		tiff.putShort((short) 0x010E).putShort((short) 2).putInt(description.length).putInt(50 + 0); // description
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
		int gpsIfd = 50 + description.length;
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
		tiff.putInt(0);
		tiff.put(description);
		// GPS IFD: latitude ref 'N'
		tiff.putShort((short) 1);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		tiff.putInt(0);
		byte[] tiffBytes = new byte[tiff.position()];
		tiff.flip().get(tiffBytes);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xFF);
		out.write(0xD8);
		out.write(0xFF);
		out.write(0xE1);
		int length = 2 + 6 + tiffBytes.length;
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(tiffBytes);
		int rest = 2; // cameras write EXIF instead of JFIF: drop ImageIO's APP0 segment
		if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
			rest = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
		}
		out.write(jpeg, rest, jpeg.length - rest);
		return out.toByteArray();
	}

	static boolean contains(byte[] haystack, String needle) {
		return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
	}
}
