package org.tawasul.reporting.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public report API's own security filter chain. Anyone may file and follow a report, so the API needs no
 * sign-in, keeps no session and saves no request; it needs no CSRF token either, because a call carries no ambient
 * credential (no session, no cookie) that a forged cross-site request could borrow. In the staff chain each request
 * also went through form login, the second factor, logout and the request cache only to be let through, on the path
 * that has to absorb bursts (docs/benchmarks.md, intake). Rate limits apply before any chain
 * ({@link RateLimit}).
 */
@Configuration(proxyBeanMethods = false)
class ReportsApiSecurity {

	@Bean
	@Order(2)
	SecurityFilterChain reportsApiChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/v1/reports", "/api/v1/reports/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			// nobody signs in here: no security context to load or save, no session, no anonymous token, no
			// sign-in entry point to send anyone to; what stays is the response headers and the authorisation rule
			.securityContext(context -> context.disable())
			.sessionManagement(session -> session.disable())
			.anonymous(anonymous -> anonymous.disable())
			.exceptionHandling(handling -> handling.disable())
			.servletApi(servletApi -> servletApi.disable())
			.requestCache(cache -> cache.disable())
			.logout(logout -> logout.disable());
		return http.build();
	}
}
