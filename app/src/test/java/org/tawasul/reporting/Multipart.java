package org.tawasul.reporting;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body built by hand, for tests that send files the way browsers and apps do. */
final class Multipart {

	private final String boundary = "----tawasul" + UUID.randomUUID();

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	Multipart field(String name, String value) {
		write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
		return this;
	}

	Multipart json(String name, String value) {
		write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\nContent-Type: application/json\r\n\r\n" + value + "\r\n");
		return this;
	}

	Multipart file(String name, String filename, String contentType, byte[] content) {
		write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
		body.writeBytes(content);
		write("\r\n");
		return this;
	}

	String contentType() {
		return "multipart/form-data; boundary=" + boundary;
	}

	byte[] bytes() {
		write("--" + boundary + "--\r\n");
		return body.toByteArray();
	}

	private void write(String text) {
		body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}
}
