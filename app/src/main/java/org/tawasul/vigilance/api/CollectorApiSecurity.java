package org.tawasul.vigilance.api;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tawasul.platform.web.ApiProblems;
import org.tawasul.vigilance.cases.VigilanceProperties;
import org.tawasul.vigilance.monitoring.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The collectors' API ({@code /api/v1/monitoring/**}) has its own security chain, ahead of the main one: no session,
 * no CSRF, a per-collector bearer token ({@code Authorization: Bearer twc_…}). A missing or unknown token is a 401
 * problem document; a body over the configured size is refused with 413 before it is read.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = "collectorToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "A collector's token, issued by a supervisor on /staff/vigilance/collectors")
class CollectorApiSecurity {

	static final String ROLE = "COLLECTOR";

	@Bean
	@Order(1)
	SecurityFilterChain collectorApi(HttpSecurity http, Collectors collectors, ApiProblems problems,
			VigilanceProperties properties) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		http.securityMatcher("/api/v1/monitoring/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(ROLE))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> write(response, json,
						problems.problem(HttpStatus.UNAUTHORIZED, "vigilance.api.token-required")))
				.accessDeniedHandler((request, response, ex) -> write(response, json,
						problems.problem(HttpStatus.FORBIDDEN, "vigilance.api.token-required"))))
			.addFilterBefore(new BearerTokenFilter(collectors, problems, json, properties.ingest().maxRequestBytes()),
					AuthorizationFilter.class);
		return http.build();
	}

	static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		if (problem.getStatus() == 401) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.getWriter().write(json.writeValueAsString(problem));
	}

	private static final class BearerTokenFilter extends OncePerRequestFilter {

		private final Collectors collectors;

		private final ApiProblems problems;

		private final JsonMapper json;

		private final long maxBytes;

		BearerTokenFilter(Collectors collectors, ApiProblems problems, JsonMapper json, long maxBytes) {
			this.collectors = collectors;
			this.problems = problems;
			this.json = json;
			this.maxBytes = maxBytes;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getContentLengthLong() > maxBytes) {
				write(response, json, problems.problem(HttpStatus.CONTENT_TOO_LARGE, "vigilance.api.too-large", String.valueOf(maxBytes)));
				return;
			}
			String header = request.getHeader("Authorization");
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				Optional<String> collector = collectors.authenticate(header.substring(7).strip());
				if (collector.isEmpty()) {
					write(response, json, problems.problem(HttpStatus.UNAUTHORIZED, "vigilance.api.token-unknown"));
					return;
				}
				var authentication = UsernamePasswordAuthenticationToken.authenticated(collector.get(), null,
						List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
				SecurityContextHolder.getContext().setAuthentication(authentication);
			}
			chain.doFilter(new LimitedRequest(request, maxBytes), response);
		}
	}
}
