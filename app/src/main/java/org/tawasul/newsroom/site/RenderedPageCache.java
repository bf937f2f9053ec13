package org.tawasul.newsroom.site;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages from memory once rendered: the bytes, status headers (security headers included, since the
 * whole filter chain ran once) and a strong ETag computed from the body, so a revalidation answers 304. An entry is
 * valid while nothing public changed on this node ({@link SiteVersion}) and for at most the configured time to
 * live. Only anonymous, cookie-free 200 responses to GET requests for site pages are kept; staff pages, forms and
 * the API never are.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RenderedPageCache extends OncePerRequestFilter {

	private static final Pattern CACHEABLE = Pattern.compile(
			"^/$|^/(ar|fr|en)(/.*)?$|^/sitemap\\.xml$");

	private static final int MAX_ENTRIES = 5_000;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final SiteVersion version;

	private final SiteProperties properties;

	private final Clock clock;

	RenderedPageCache(SiteVersion version, SiteProperties properties, Clock clock) {
		this.version = version;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
				|| !CACHEABLE.matcher(request.getRequestURI()).matches() || hasSessionOrLanguageSwitch(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		long current = version.current();
		Instant now = clock.instant();
		Entry entry = entries.get(key);
		if (entry != null && entry.version == current && entry.storedAt.plus(properties.renderedPageTtl()).isAfter(now)) {
			replay(entry, request, response);
			return;
		}
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capture);
		byte[] body = capture.getContentAsByteArray();
		boolean storable = capture.getStatus() == 200 && !capture.getHeaderNames().contains(HttpHeaders.SET_COOKIE)
				&& request.getSession(false) == null;
		if (!storable) {
			capture.copyBodyToResponse();
			return;
		}
		String etag = etag(body);
		List<String[]> headers = new ArrayList<>();
		for (String name : capture.getHeaderNames()) {
			if (!HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
				for (String value : capture.getHeaders(name)) {
					headers.add(new String[] { name, value });
				}
			}
		}
		if (entries.size() >= MAX_ENTRIES) {
			entries.clear();
		}
		entries.put(key, new Entry(current, now, capture.getContentType(), headers, body, etag));
		response.setHeader(HttpHeaders.ETAG, etag);
		if (notModified(request, etag)) {
			capture.resetBuffer();
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		capture.copyBodyToResponse();
	}

	private static void replay(Entry entry, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		for (String[] header : entry.headers) {
			response.addHeader(header[0], header[1]);
		}
		response.setHeader(HttpHeaders.ETAG, entry.etag);
		if (notModified(request, entry.etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		if (entry.contentType != null) {
			response.setContentType(entry.contentType);
		}
		response.setContentLength(entry.body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(entry.body);
		}
	}

	private static boolean notModified(HttpServletRequest request, String etag) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		return ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"));
	}

	private static String key(HttpServletRequest request) {
		String language = "";
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if ("tawasul-lang".equals(cookie.getName())) {
					language = cookie.getValue();
				}
			}
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		String query = request.getQueryString();
		return request.getRequestURI() + (query == null ? "" : "?" + query) + "|" + language + "|"
				+ (accept == null ? "" : accept) + "|" + request.getHeader(HttpHeaders.ACCEPT);
	}

	private static boolean hasSessionOrLanguageSwitch(HttpServletRequest request) {
		if (request.getParameter("lang") != null) {
			return true;
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if ("JSESSIONID".equals(cookie.getName())) {
					return true; // a signed-in member may see staff links; never share their pages
				}
			}
		}
		return false;
	}

	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Drops every rendered page (tests and operators). */
	void clear() {
		entries.clear();
	}

	private record Entry(long version, Instant storedAt, String contentType, List<String[]> headers, byte[] body,
			String etag) {
	}
}
