package org.tawasul.identity.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The web's security rules, in one place. Public: the site, the citizen report form and API, static files,
 * health. Staff pages and staff API need a signed-in staff member; what each may do is decided by role on the
 * handlers themselves ({@code @PreAuthorize}). Metrics are scraped from the machine itself only. CSRF protects
 * every form; the public JSON API (no cookies, idempotency keys) and token-authenticated collector API are exempt.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/staff/login", "/staff/setup/**").permitAll()
			.requestMatchers("/staff/**", "/api/v1/staff/**").authenticated()
			.requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
			.requestMatchers("/actuator/**").access(fromThisMachine())
			.anyRequest().permitAll());
		http.formLogin(form -> form.loginPage("/staff/login").defaultSuccessUrl("/staff", false).permitAll());
		http.logout(logout -> logout.logoutUrl("/staff/logout").logoutSuccessUrl("/staff/login?signed-out"));
		http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/reports", "/api/v1/reports/**",
				"/api/v1/monitoring/**"));
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
					+ "style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
			.referrerPolicy(referrer -> referrer.policy(
					org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	private static AuthorizationManager<RequestAuthorizationContext> fromThisMachine() {
		List<IpAddressMatcher> loopback = List.of(new IpAddressMatcher("127.0.0.0/8"), new IpAddressMatcher("::1"));
		return (authentication, context) -> new AuthorizationDecision(
				loopback.stream().anyMatch(m -> m.matches(context.getRequest())));
	}
}
