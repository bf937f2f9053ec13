package org.tawasul.newsroom.site;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/** Recognises the image formats we accept by their first bytes (never by the name or the declared type). */
public final class ImageTypes {

	private ImageTypes() {
	}

	public static @Nullable MediaType detect(byte[] head) {
		if (head.length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
			return MediaType.IMAGE_PNG;
		}
		if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
			return MediaType.IMAGE_JPEG;
		}
		if (head.length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F' && head[8] == 'W'
				&& head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
			return MediaType.parseMediaType("image/webp");
		}
		if (head.length >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F') {
			return MediaType.IMAGE_GIF;
		}
		return null;
	}
}
