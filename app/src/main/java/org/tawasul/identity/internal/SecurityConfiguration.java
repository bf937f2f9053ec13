package org.tawasul.identity.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.tawasul.identity.Role;

/**
 * The web's security rules, in one place. Public: the site, the citizen report form and API, static files,
 * health. Staff pages and staff API need a signed-in staff member; what each may do is decided by role on the
 * handlers themselves ({@code @PreAuthorize}). Metrics are scraped from the machine itself only. CSRF protects
 * every form; the public JSON API (no cookies, idempotency keys) and token-authenticated collector API are exempt.
 * <p>
 * Multi-factor (ADR 0150): password sign-in grants {@code FACTOR_PASSWORD}; the TOTP step
 * ({@link TotpAuthenticationFilter}) grants {@code FACTOR_TOTP}. Spring Security's multi-factor authorization
 * requires both for every staff address, but only when the member holds a privileged {@link Role} (or has enrolled
 * an authenticator anyway). A member missing the TOTP factor is sent to the TOTP page, or to enrolment when no
 * authenticator is enrolled yet; those two pages (and the forced password change) need the password factor only.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * No Micrometer observation around every security filter, authentication and authorisation: nobody reads them,
	 * and on the public site they were about 4 % of a request's CPU ("Is it true?" profile, docs/benchmarks.md).
	 * HTTP request metrics ({@code http.server.requests}) are kept.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain web(HttpSecurity http, SecondFactors factors, SignInAttempts attempts) throws Exception {
		AuthorizationManagerFactory<RequestAuthorizationContext> twoFactors = AuthorizationManagerFactories
			.<RequestAuthorizationContext>multiFactor()
			.when(SecurityConfiguration::needsSecondFactor)
			.requireFactors(FactorGrantedAuthority.PASSWORD_AUTHORITY, TotpAuthenticationFilter.TOTP_AUTHORITY)
			.build();
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/staff/login", "/staff/setup/**").permitAll()
			.requestMatchers(TotpAuthenticationFilter.PATH, "/staff/mfa/enrol").authenticated()
			.requestMatchers("/staff/**", "/api/v1/staff/**").access(twoFactors.authenticated())
			.requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
			.requestMatchers("/actuator/**").access(fromThisMachine())
			.anyRequest().permitAll());
		SavedRequestAwareAuthenticationSuccessHandler passwordAccepted = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws jakarta.servlet.ServletException, IOException {
				if (authentication.getPrincipal() instanceof StaffUser user) {
					attempts.passwordAccepted(user.id(), user.getUsername());
				}
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		passwordAccepted.setDefaultTargetUrl("/staff");
		http.formLogin(form -> form.loginPage("/staff/login")
			.successHandler(passwordAccepted)
			.failureHandler((request, response, exception) -> {
				String username = request.getParameter("username");
				if (username != null && !username.isBlank()) {
					switch (exception) {
						case LockedException locked -> attempts.refused(username.strip(), "locked");
						case DisabledException disabled -> attempts.refused(username.strip(), "disabled");
						default -> attempts.failed(username.strip(), "password");
					}
				}
				response.sendRedirect(request.getContextPath() + "/staff/login?error");
			})
			.permitAll());
		http.addFilterAfter(new TotpAuthenticationFilter(factors, attempts), UsernamePasswordAuthenticationFilter.class);
		http.logout(logout -> logout.logoutUrl("/staff/logout").logoutSuccessUrl("/staff/login?signed-out"));
		RequestMatcher staffApi = PathPatternRequestMatcher.withDefaults().matcher("/api/v1/staff/**");
		http.exceptionHandling(exceptions -> exceptions
			.authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
				.addEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), staffApi)
				.defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/staff/login"))
				.build())
			.defaultDeniedHandlerForMissingAuthority(entryPoints -> entryPoints
				.addEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), staffApi)
				.defaultEntryPoint(secondFactorPage()), TotpAuthenticationFilter.TOTP_AUTHORITY));
		// "/is-it-true" is a search-like public form that changes nothing (ADR 0253): a forged cross-site post can
		// only run a search the attacker cannot read, so it needs no token, and the page needs no session.
		// The public report API and the collector API have chains of their own (reporting.web.ReportsApiSecurity,
		// vigilance.api.CollectorApiSecurity).
		http.csrf(csrf -> csrf.ignoringRequestMatchers("/is-it-true"));
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
					+ "style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
			.referrerPolicy(referrer -> referrer.policy(
					org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * Passwords are hashed with bcrypt through the delegating encoder ({@code {bcrypt}…}), so a later move to
	 * Argon2 re-hashes on sign-in without a migration (ADR 0150).
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** Privileged roles need the second factor; so does anyone who enrolled an authenticator. */
	static boolean needsSecondFactor(Authentication authentication) {
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (authority instanceof Role role && role.privileged()) {
				return true;
			}
			String name = authority.getAuthority();
			if (StaffUserDetails.TOTP_ENROLLED.equals(name)) {
				return true;
			}
			if (name != null && name.startsWith(Role.PREFIX) && isPrivileged(name.substring(Role.PREFIX.length()))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPrivileged(String roleName) {
		for (Role role : Role.values()) {
			if (role.name().equals(roleName)) {
				return role.privileged();
			}
		}
		return false;
	}

	/** Enrolled members go to the TOTP page, the others to enrolment. */
	private static AuthenticationEntryPoint secondFactorPage() {
		return (request, response, exception) -> {
			Authentication current = org.springframework.security.core.context.SecurityContextHolder.getContext()
				.getAuthentication();
			boolean enrolled = current != null && current.getAuthorities()
				.stream()
				.anyMatch(a -> StaffUserDetails.TOTP_ENROLLED.equals(a.getAuthority()));
			response.sendRedirect(request.getContextPath() + (enrolled ? TotpAuthenticationFilter.PATH : "/staff/mfa/enrol"));
		};
	}

	private static AuthorizationManager<RequestAuthorizationContext> fromThisMachine() {
		List<IpAddressMatcher> loopback = List.of(new IpAddressMatcher("127.0.0.0/8"), new IpAddressMatcher("::1"));
		return (authentication, context) -> new AuthorizationDecision(
				loopback.stream().anyMatch(m -> m.matches(context.getRequest())));
	}
}
