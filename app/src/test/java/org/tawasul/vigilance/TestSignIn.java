package org.tawasul.vigilance;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tests only: signs a browser in as a staff member with given roles at {@code /test-sign-in?username=…&roles=…},
 * without going through the login form and its second factor (which identity tests on their own). The session it
 * creates holds the security context a real sign-in with both factors leaves.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSignIn {

	public static final String PATH = "/test-sign-in";

	/** Both factors, as a member who signed in with password and authenticator code holds them. */
	public static final List<GrantedAuthority> FACTORS = List.of(
			FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY),
			FactorGrantedAuthority.fromAuthority("FACTOR_TOTP"));

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> testSignInFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (!PATH.equals(request.getRequestURI())) {
					chain.doFilter(request, response);
					return;
				}
				List<GrantedAuthority> roles = new java.util.ArrayList<>(Arrays.stream(request.getParameter("roles").split(","))
					.map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.strip()))
					.toList());
				roles.addAll(FACTORS);
				var authentication = UsernamePasswordAuthenticationToken.authenticated(request.getParameter("username"),
						null, roles);
				request.getSession(true).setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
						new SecurityContextImpl(authentication));
				response.sendRedirect(request.getParameter("next") == null ? "/staff/vigilance" : request.getParameter("next"));
			}
		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns(PATH);
		return registration;
	}
}
