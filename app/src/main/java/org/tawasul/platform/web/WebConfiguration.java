package org.tawasul.platform.web;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Languages for every page: {@code ?lang=fr} switches and remembers, otherwise {@code Accept-Language}, else Arabic. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

	/**
	 * Boot applies {@link ResourceUrlEncodingFilter} to every request because the WebJars locator is present: each
	 * {@code @{…}} link of a rendered page is then looked up as a static resource in the nested jar (misses are not
	 * cached), which was most of the CPU of the "Is it true?" page (ADR 0254). Only staff pages load a WebJar (htmx,
	 * whose link gets its version); public pages link to plain static files that need no rewriting.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setUrlPatterns(List.of("/staff/*"));
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
		languageSwitch.setParamName("lang");
		languageSwitch.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languageSwitch);
	}
}
