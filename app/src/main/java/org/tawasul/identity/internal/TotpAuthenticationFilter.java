package org.tawasul.identity.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The second sign-in step: {@code POST /staff/login/totp} with a code from the authenticator app (or a recovery
 * code). It is an authentication mechanism of its own that grants the {@link #TOTP_AUTHORITY} factor; with MFA
 * support on, Spring Security merges it into the password authentication of the same person, so the session ends
 * up holding both factors, which is what the authorization rules for privileged roles ask for.
 */
class TotpAuthenticationFilter extends AbstractAuthenticationProcessingFilter {

	/** The factor authority a verified TOTP or recovery code grants. */
	static final String TOTP_AUTHORITY = "FACTOR_TOTP";

	static final String PATH = "/staff/login/totp";

	private static final String ATTEMPTED_USERNAME = TotpAuthenticationFilter.class.getName() + ".username";

	private final SecondFactors factors;

	TotpAuthenticationFilter(SecondFactors factors, SignInAttempts attempts) {
		super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PATH));
		this.factors = factors;
		setMfaEnabled(true);
		setAuthenticationManager(authentication -> {
			throw new IllegalStateException("the TOTP step authenticates by itself");
		});
		setSecurityContextRepository(new HttpSessionSecurityContextRepository());
		setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
		SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws jakarta.servlet.ServletException, IOException {
				if (authentication.getPrincipal() instanceof StaffUser user) {
					attempts.secondFactorAccepted(user.id());
				}
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		success.setDefaultTargetUrl("/staff");
		setAuthenticationSuccessHandler(success);
		setAuthenticationFailureHandler((request, response, exception) -> {
			// the filter has already cleared the security context; the member's name was kept for us
			Object username = request.getAttribute(ATTEMPTED_USERNAME);
			boolean locked = username instanceof String name && attempts.failed(name, "totp");
			if (locked || username == null) {
				SecurityContextHolder.clearContext();
				var session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				response.sendRedirect(request.getContextPath() + "/staff/login?error");
				return;
			}
			response.sendRedirect(request.getContextPath() + PATH + "?error");
		});
	}

	@Override
	public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response)
			throws AuthenticationException {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || !current.isAuthenticated() || !(current.getPrincipal() instanceof StaffUser user)
				|| current.getAuthorities().stream()
					.noneMatch(a -> FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(a.getAuthority()))) {
			throw new InsufficientAuthenticationException("sign in with a password first");
		}
		request.setAttribute(ATTEMPTED_USERNAME, user.getUsername());
		String code = request.getParameter("code");
		if (code == null || code.isBlank()
				|| factors.check(user.id(), user.getUsername(), code) == SecondFactors.Outcome.REFUSED) {
			throw new BadCredentialsException("wrong or reused code");
		}
		return UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(FactorGrantedAuthority.fromAuthority(TOTP_AUTHORITY)));
	}
}
