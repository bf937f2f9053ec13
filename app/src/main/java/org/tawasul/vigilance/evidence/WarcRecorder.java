package org.tawasul.vigilance.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes fetched exchanges as a WARC file (ISO 28500): for each hop a {@code response} record (status, headers,
 * body, server address) and its {@code request} record, linked by {@code WARC-Concurrent-To}. Headers that describe
 * the transport rather than the message (transfer coding, HTTP/2 pseudo-headers) are left out, since the body is
 * stored decoded.
 */
final class WarcRecorder {

	private static final Set<String> TRANSPORT = Set.of("transfer-encoding", "connection", "keep-alive");

	private WarcRecorder() {
	}

	static byte[] record(List<SafeFetcher.Exchange> exchanges, Instant capturedAt) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (WarcWriter writer = new WarcWriter(out)) {
			for (SafeFetcher.Exchange exchange : exchanges) {
				HttpResponse.Builder http = new HttpResponse.Builder(exchange.status(), reason(exchange.status()));
				copy(exchange.responseHeaders(), http);
				String type = SafeFetcher.first(exchange.responseHeaders(), "content-type");
				http.body(type == null ? MediaType.OCTET_STREAM : MediaType.parseLeniently(type), exchange.body());
				WarcResponse response = new WarcResponse.Builder(exchange.uri())
					.date(capturedAt)
					.ipAddress(exchange.address())
					.body(http.build())
					.build();
				String target = exchange.uri().getRawPath() == null || exchange.uri().getRawPath().isEmpty() ? "/"
						: exchange.uri().getRawPath();
				if (exchange.uri().getRawQuery() != null) {
					target += "?" + exchange.uri().getRawQuery();
				}
				HttpRequest.Builder httpRequest = new HttpRequest.Builder(exchange.method(), target);
				copy(exchange.requestHeaders(), httpRequest);
				WarcRequest request = new WarcRequest.Builder(exchange.uri())
					.date(capturedAt)
					.concurrentTo(response.id())
					.body(httpRequest.build())
					.build();
				writer.write(response);
				writer.write(request);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static void copy(Map<String, List<String>> headers,
			org.netpreserve.jwarc.Message.AbstractBuilder<?, ?> builder) {
		headers.forEach((name, values) -> {
			if (!name.startsWith(":") && !TRANSPORT.contains(name.toLowerCase(java.util.Locale.ROOT))) {
				values.forEach(v -> builder.addHeader(name, v));
			}
		});
	}

	private static String reason(int status) {
		return switch (status) {
			case 200 -> "OK";
			case 301 -> "Moved Permanently";
			case 302 -> "Found";
			case 303 -> "See Other";
			case 304 -> "Not Modified";
			case 307 -> "Temporary Redirect";
			case 308 -> "Permanent Redirect";
			case 403 -> "Forbidden";
			case 404 -> "Not Found";
			default -> "Status";
		};
	}
}
