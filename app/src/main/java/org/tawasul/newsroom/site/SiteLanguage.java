package org.tawasul.newsroom.site;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * On content pages the path says the language ({@code /fr/…}): the page is French whatever the visitor's cookie or
 * browser says, so one address always gives one page (cacheable, shareable, canonical). The language switch
 * ({@code ?lang=ar}) on such a page leads to the same page in the other language.
 */
@Configuration(proxyBeanMethods = false)
class SiteLanguage implements WebMvcConfigurer, HandlerInterceptor {

	private final PublicCatalog catalog;

	SiteLanguage(PublicCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/ar/**", "/fr/**", "/en/**", "/ar", "/fr", "/en");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		String path = request.getRequestURI();
		String language = path.substring(1, 3);
		String requested = request.getParameter("lang");
		if (requested != null && SitePaths.CONTENT_LANGUAGES.contains(requested) && !requested.equals(language)) {
			response.sendRedirect(equivalent(path, language, requested));
			return false;
		}
		request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, Locale.forLanguageTag(language));
		return true;
	}

	private String equivalent(String path, String from, String to) {
		String prefix = "/" + from + "/publications/";
		if (path.startsWith(prefix)) {
			String slug = java.net.URLDecoder.decode(path.substring(prefix.length()), java.nio.charset.StandardCharsets.UTF_8);
			return catalog.bySlug(from, slug)
				.flatMap(p -> p.content().translation(to))
				.map(t -> SitePaths.publication(to, t.slug()))
				.orElse("/" + to);
		}
		return "/" + to + path.substring(3);
	}
}
