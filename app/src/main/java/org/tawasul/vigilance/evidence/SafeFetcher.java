package org.tawasul.vigilance.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Fetches a public web address for evidence or a feed, and nothing else: only {@code http}/{@code https}; the host
 * is resolved first and refused if any of its addresses is loopback, private, link-local, multicast or otherwise not
 * public (unless private addresses are allowed, for labs and tests); every redirect is checked the same way; the body
 * may not exceed a size and the whole exchange a time. Plain Java so it can be tested without Spring.
 */
public final class SafeFetcher {

	static final String USER_AGENT = "Tawasul-Vigilance/1.0 (evidence capture)";

	private final boolean allowPrivate;

	private final long maxBytes;

	private final Duration readTimeout;

	private final int maxRedirects;

	private final HttpClient client;

	public SafeFetcher(boolean allowPrivate, long maxBytes, Duration connectTimeout, Duration readTimeout,
			int maxRedirects) {
		this.allowPrivate = allowPrivate;
		this.maxBytes = maxBytes;
		this.readTimeout = readTimeout;
		this.maxRedirects = maxRedirects;
		this.client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(connectTimeout)
			.build();
	}

	/** One request and its response as exchanged on the wire (body without transfer coding). */
	public record Exchange(URI uri, InetAddress address, String method, Map<String, List<String>> requestHeaders,
			int status, Map<String, List<String>> responseHeaders, byte[] body) {
	}

	/** @param extraHeaders e.g. conditional-GET headers for feeds */
	public List<Exchange> fetch(String address, Map<String, String> extraHeaders) {
		URI uri = parse(address);
		List<Exchange> exchanges = new ArrayList<>();
		for (int hop = 0; hop <= maxRedirects; hop++) {
			InetAddress resolved = check(uri);
			Exchange exchange = exchange(uri, resolved, extraHeaders);
			exchanges.add(exchange);
			if (exchange.status() >= 300 && exchange.status() < 400 && exchange.status() != 304) {
				String location = first(exchange.responseHeaders(), "location");
				if (location == null) {
					return exchanges;
				}
				uri = parse(uri.resolve(location.strip()).toString());
				continue;
			}
			return exchanges;
		}
		throw new CaptureRefused("vigilance.capture.too-many-redirects", String.valueOf(maxRedirects));
	}

	static URI parse(String address) {
		URI uri;
		try {
			uri = new URI(address.strip());
		}
		catch (java.net.URISyntaxException e) {
			throw new CaptureRefused("vigilance.capture.bad-url");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new CaptureRefused("vigilance.capture.scheme");
		}
		if (uri.getHost() == null || uri.getRawUserInfo() != null) {
			throw new CaptureRefused("vigilance.capture.bad-url");
		}
		return uri;
	}

	/** Resolves the host and refuses non-public addresses; returns the first address. */
	InetAddress check(URI uri) {
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(uri.getHost());
		}
		catch (UnknownHostException e) {
			throw new CaptureRefused("vigilance.capture.unreachable", uri.getHost());
		}
		if (!allowPrivate) {
			for (InetAddress a : addresses) {
				if (!isPublic(a)) {
					throw new CaptureRefused("vigilance.capture.private-address", uri.getHost());
				}
			}
		}
		return addresses[0];
	}

	static boolean isPublic(InetAddress a) {
		if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
				|| a.isMulticastAddress()) {
			return false;
		}
		byte[] b = a.getAddress();
		if (b.length == 4) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			return !(first == 0 || first >= 224 || (first == 100 && second >= 64 && second < 128)
					|| (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second == 18 || second == 19)));
		}
		int first = b[0] & 0xff;
		if ((first & 0xfe) == 0xfc) {
			return false;
		}
		boolean mapped = true;
		for (int i = 0; i < 10; i++) {
			mapped &= b[i] == 0;
		}
		if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
			try {
				return isPublic(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
			}
			catch (UnknownHostException e) {
				return false;
			}
		}
		return true;
	}

	private Exchange exchange(URI uri, InetAddress address, Map<String, String> extraHeaders) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET().timeout(readTimeout)
			.header("User-Agent", USER_AGENT)
			.header("Accept", "*/*");
		extraHeaders.forEach(builder::header);
		HttpRequest request = builder.build();
		try {
			HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
			if (declared > maxBytes) {
				response.body().close();
				throw new CaptureRefused("vigilance.capture.too-large", String.valueOf(maxBytes));
			}
			byte[] body;
			try (InputStream in = response.body()) {
				body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
			}
			if (body.length > maxBytes) {
				throw new CaptureRefused("vigilance.capture.too-large", String.valueOf(maxBytes));
			}
			Map<String, List<String>> requestHeaders = new java.util.LinkedHashMap<>();
			requestHeaders.put("Host", List.of(uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort()));
			requestHeaders.putAll(request.headers().map());
			return new Exchange(uri, address, "GET", requestHeaders, response.statusCode(),
					response.headers().map(), body);
		}
		catch (HttpTimeoutException e) {
			throw new CaptureRefused("vigilance.capture.timeout", uri.getHost());
		}
		catch (IOException e) {
			throw new CaptureRefused("vigilance.capture.unreachable", uri.getHost());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CaptureRefused("vigilance.capture.unreachable", uri.getHost());
		}
	}

	public static @Nullable String first(Map<String, List<String>> headers, String name) {
		for (var entry : headers.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
				return entry.getValue().get(0);
			}
		}
		return null;
	}
}
