package org.tawasul.reporting.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** The SHA-256 of a request's content (text and the names and sizes of its files), to recognise a retry. */
final class RequestDigest {

	private RequestDigest() {
	}

	static String of(String text, List<MultipartFile> files) {
		StringBuilder canonical = new StringBuilder(text);
		for (MultipartFile file : files) {
			canonical.append('\u001f').append(file.getOriginalFilename()).append('\u001f').append(file.getSize());
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}
}
