package org.tawasul.newsroom.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.tawasul.newsroom.PublicationType;

/**
 * The public addresses. Content pages carry their language in the path ({@code /ar/…}, {@code /fr/…},
 * {@code /en/…}) so every language version has its own canonical URL, hreflang alternates and cache entry:
 * <ul>
 * <li>{@code /{lang}/publications/{slug}} a publication;</li>
 * <li>{@code /{lang}/press-releases}, {@code /news}, {@code /truth-statements}, {@code /reportages},
 * {@code /digital-content} lists ({@code ?page=2});</li>
 * <li>{@code /{lang}/tags/{tag}}, {@code /{lang}/regions/{code}}, {@code /{lang}/search?q=};</li>
 * <li>{@code /{lang}/feeds/{list}.rss} and {@code .atom} ({@code list} = a type segment or {@code all});</li>
 * <li>{@code /sitemap.xml}, {@code /is-it-true}, {@code /media/{sha256}}.</li>
 * </ul>
 */
public final class SitePaths {

	/** The languages publications are written in. */
	public static final List<String> CONTENT_LANGUAGES = List.of("ar", "fr", "en");

	private SitePaths() {
	}

	public static String publication(String language, String slug) {
		return "/" + language + "/publications/" + encode(slug);
	}

	public static String list(String language, PublicationType type) {
		return "/" + language + "/" + segment(type);
	}

	public static String tag(String language, String tag) {
		return "/" + language + "/tags/" + encode(tag);
	}

	public static String region(String language, String code) {
		return "/" + language + "/regions/" + encode(code);
	}

	public static String feed(String language, String list, String format) {
		return "/" + language + "/feeds/" + list + "." + format;
	}

	public static String image(String sha256) {
		return "/media/" + sha256;
	}

	public static String segment(PublicationType type) {
		return switch (type) {
			case PRESS_RELEASE -> "press-releases";
			case NEWS -> "news";
			case TRUTH_STATEMENT -> "truth-statements";
			case REPORTAGE -> "reportages";
			case DIGITAL_CONTENT -> "digital-content";
		};
	}

	public static Optional<PublicationType> type(String segment) {
		return Arrays.stream(PublicationType.values()).filter(t -> segment(t).equals(segment)).findFirst();
	}

	static String encode(String part) {
		return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
