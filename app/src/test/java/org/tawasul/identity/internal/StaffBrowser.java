package org.tawasul.identity.internal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser for integration tests: keeps cookies (the session), does not follow redirects (tests check
 * where they lead), and fills the CSRF token of a form page into the form it posts.
 */
final class StaffBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	StaffBrowser(int port) {
		this.base = "http://localhost:" + port;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en").GET().build());
	}

	/** Opens {@code formPage}, takes its CSRF token, and posts {@code fields} to {@code action}. */
	HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		HttpResponse<String> page = get(formPage);
		Matcher token = CSRF.matcher(page.body());
		if (!token.find()) {
			throw new AssertionError("no CSRF token on " + formPage + " (" + page.statusCode() + ")");
		}
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", token.group(1));
		return post(action, form);
	}

	HttpResponse<String> post(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	HttpResponse<String> signIn(String username, String password) {
		return submit("/staff/login", "/staff/login", Map.of("username", username, "password", password));
	}

	HttpResponse<String> secondFactor(String code) {
		return submit(TotpAuthenticationFilter.PATH, TotpAuthenticationFilter.PATH, Map.of("code", code));
	}

	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse("");
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
