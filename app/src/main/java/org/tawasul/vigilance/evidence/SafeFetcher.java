package org.tawasul.vigilance.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * Fetches a public web address for evidence or a feed, and nothing else: only {@code http}/{@code https}; the host
 * is resolved first and refused if any of its addresses is loopback, private, link-local, multicast or otherwise not
 * public (unless private addresses are allowed, for labs and tests); every redirect is checked the same way; the body
 * may not exceed a size and the whole exchange a time. Plain Java so it can be tested without Spring.
 * <p>
 * The host is resolved exactly once per hop, by {@link Resolver}, and the connection is made only to the addresses
 * that were checked (Apache HttpClient with a {@link DnsResolver} that answers with them and nothing else): a DNS
 * answer that changes between the check and the connection (DNS rebinding) cannot reach another address. TLS still
 * verifies the certificate against, and sends SNI for, the name. No proxy, no cookies, no decompression (the WARC
 * keeps the body as sent), no automatic retries.
 */
public final class SafeFetcher {

	static final String USER_AGENT = "Tawasul-Vigilance/1.0 (evidence capture)";

	/** Resolves a host name to its addresses; replaceable in tests to play DNS tricks. */
	@FunctionalInterface
	public interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;
	}

	private final boolean allowPrivate;

	private final long maxBytes;

	private final Duration connectTimeout;

	private final Duration readTimeout;

	private final int maxRedirects;

	private final Resolver resolver;

	public SafeFetcher(boolean allowPrivate, long maxBytes, Duration connectTimeout, Duration readTimeout,
			int maxRedirects) {
		this(allowPrivate, maxBytes, connectTimeout, readTimeout, maxRedirects, InetAddress::getAllByName);
	}

	SafeFetcher(boolean allowPrivate, long maxBytes, Duration connectTimeout, Duration readTimeout, int maxRedirects,
			Resolver resolver) {
		this.allowPrivate = allowPrivate;
		this.maxBytes = maxBytes;
		this.connectTimeout = connectTimeout;
		this.readTimeout = readTimeout;
		this.maxRedirects = maxRedirects;
		this.resolver = resolver;
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
			InetAddress[] checked = check(uri);
			Exchange exchange = exchange(uri, checked, extraHeaders);
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

	/** Resolves the host (once) and refuses non-public addresses; returns the checked addresses, to connect to. */
	InetAddress[] check(URI uri) {
		InetAddress[] addresses;
		try {
			addresses = resolver.resolve(host(uri));
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
		if (addresses.length == 0) {
			throw new CaptureRefused("vigilance.capture.unreachable", uri.getHost());
		}
		return addresses.clone();
	}

	/** The host without the brackets of an IPv6 literal. */
	private static String host(URI uri) {
		String host = uri.getHost();
		return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
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

	/** Answers for the one host of this hop with the addresses that were checked, and refuses any other name. */
	private record PinnedDns(String host, InetAddress[] addresses) implements DnsResolver {

		@Override
		public InetAddress[] resolve(String name) throws UnknownHostException {
			String bare = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
			if (!bare.equalsIgnoreCase(host)) {
				throw new UnknownHostException(name);
			}
			return addresses.clone();
		}

		@Override
		public String resolveCanonicalHostname(String name) {
			return name;
		}
	}

	private Exchange exchange(URI uri, InetAddress[] checked, Map<String, String> extraHeaders) {
		long deadline = System.nanoTime() + readTimeout.toNanos();
		HttpGet request = new HttpGet(uri);
		request.setHeader("User-Agent", USER_AGENT);
		request.setHeader("Accept", "*/*");
		extraHeaders.forEach(request::setHeader);
		Map<String, List<String>> requestHeaders = new LinkedHashMap<>();
		requestHeaders.put("Host", List.of(uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort()));
		for (Header header : request.getHeaders()) {
			requestHeaders.computeIfAbsent(header.getName(), k -> new ArrayList<>()).add(header.getValue());
		}
		var connections = PoolingHttpClientConnectionManagerBuilder.create()
			.setDnsResolver(new PinnedDns(host(uri), checked))
			.setDefaultConnectionConfig(ConnectionConfig.custom()
				.setConnectTimeout(Timeout.of(connectTimeout.toMillis(), TimeUnit.MILLISECONDS))
				.setSocketTimeout(Timeout.of(readTimeout.toMillis(), TimeUnit.MILLISECONDS))
				.build())
			.build();
		HttpClientContext context = HttpClientContext.create();
		try (CloseableHttpClient client = HttpClients.custom()
			.setConnectionManager(connections)
			.setDefaultRequestConfig(RequestConfig.custom()
				.setResponseTimeout(Timeout.of(readTimeout.toMillis(), TimeUnit.MILLISECONDS))
				.setRedirectsEnabled(false)
				.build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableContentCompression()
			.disableCookieManagement()
			.disableAuthCaching()
			.build()) {
			return client.execute(request, context, response -> {
				byte[] body = body(response, uri, deadline);
				Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
				for (Header header : response.getHeaders()) {
					responseHeaders.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
						.add(header.getValue());
				}
				return new Exchange(uri, connected(context, checked), "GET", requestHeaders, response.getCode(),
						responseHeaders, body);
			});
		}
		catch (InterruptedIOException e) {
			throw new CaptureRefused("vigilance.capture.timeout", uri.getHost());
		}
		catch (IOException e) {
			throw new CaptureRefused("vigilance.capture.unreachable", uri.getHost());
		}
	}

	private byte[] body(ClassicHttpResponse response, URI uri, long deadline) throws IOException {
		HttpEntity entity = response.getEntity();
		if (entity == null) {
			return new byte[0];
		}
		if (entity.getContentLength() > maxBytes) {
			throw new CaptureRefused("vigilance.capture.too-large", String.valueOf(maxBytes));
		}
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = entity.getContent()) {
			int n;
			while ((n = in.read(buffer)) >= 0) {
				out.write(buffer, 0, n);
				if (out.size() > maxBytes) {
					throw new CaptureRefused("vigilance.capture.too-large", String.valueOf(maxBytes));
				}
				if (System.nanoTime() > deadline) {
					throw new CaptureRefused("vigilance.capture.timeout", uri.getHost());
				}
			}
		}
		return out.toByteArray();
	}

	/** The address the connection was actually made to (one of the checked ones). */
	private static InetAddress connected(HttpClientContext context, InetAddress[] checked) {
		EndpointDetails endpoint = context.getEndpointDetails();
		SocketAddress remote = endpoint == null ? null : endpoint.getRemoteAddress();
		if (remote instanceof InetSocketAddress socket && socket.getAddress() != null) {
			return socket.getAddress();
		}
		return checked[0];
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
