package org.tawasul.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks on every staff request, after Spring Security let it through:
 * <ul>
 * <li>an account disabled, or whose roles or region changed, since the session began ends that session at once
 * (an administrator's decision must not wait for the session to expire);</li>
 * <li>a member signed in with a temporary password (new account, administrator's reset) goes to the password page
 * before anything else.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class StaffSessionChecks implements WebMvcConfigurer, HandlerInterceptor {

	private final StaffAccounts accounts;

	StaffSessionChecks(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.addPathPatterns("/staff/**", "/api/v1/staff/**")
			.excludePathPatterns("/staff/login", "/staff/setup/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof StaffUser user)) {
			return true;
		}
		Optional<StaffAccount> account = accounts.find(user.id());
		if (account.isEmpty() || !account.get().enabled() || !account.get().member().equals(user.member())) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "/staff/login");
			return false;
		}
		if (SignInPages.has(authentication, StaffUserDetails.PASSWORD_CHANGE_REQUIRED) && !exempt(request)) {
			refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "/staff/account/password");
			return false;
		}
		return true;
	}

	private static boolean exempt(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/staff/account/password") || path.startsWith("/staff/login/")
				|| path.startsWith("/staff/mfa/");
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, int apiStatus, String page)
			throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.sendError(apiStatus);
		}
		else {
			response.sendRedirect(request.getContextPath() + page);
		}
	}
}
