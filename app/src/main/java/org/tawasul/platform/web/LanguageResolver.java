package org.tawasul.platform.web;

import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Chooses the page language: the visitor's explicit choice (a cookie set by the language switch), else the first
 * language of {@code Accept-Language} we speak, else Arabic. Languages we do not speak are never stored.
 */
final class LanguageResolver extends CookieLocaleResolver {

	LanguageResolver() {
		super("tawasul-lang");
		setCookieMaxAge(java.time.Duration.ofDays(365));
		setCookieSameSite("Lax");
		setDefaultLocaleFunction(LanguageResolver::fromAcceptLanguage);
	}

	private static Locale fromAcceptLanguage(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return Languages.ARABIC; // the servlet container would answer with its own default locale
		}
		for (Locale requested : Collections.list(request.getLocales())) {
			var supported = Languages.supported(requested.toLanguageTag());
			if (supported.isPresent()) {
				return supported.get();
			}
		}
		return Languages.ARABIC;
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		Locale chosen = locale == null ? null : Languages.supported(locale.toLanguageTag()).orElse(null);
		if (locale != null && chosen == null) {
			return;
		}
		super.setLocale(request, response, chosen);
	}
}
