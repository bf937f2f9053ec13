package org.tawasul.identity.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in pages: password ({@code /staff/login}, processed by Spring Security's form login), the second step
 * ({@code /staff/login/totp}, processed by {@link TotpAuthenticationFilter}) and the enrolment of an authenticator
 * app for members who must have one and do not yet.
 */
@Controller
class SignInPages {

	static final String PENDING_SECRET = SignInPages.class.getName() + ".pendingSecret";

	private final SecondFactors factors;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SignInPages(SecondFactors factors) {
		this.factors = factors;
	}

	@GetMapping("/staff/login")
	String login() {
		return "identity/login";
	}

	@GetMapping(TotpAuthenticationFilter.PATH)
	String totp(Authentication authentication) {
		if (!has(authentication, StaffUserDetails.TOTP_ENROLLED)) {
			return "redirect:/staff/mfa/enrol";
		}
		return "identity/totp";
	}

	@GetMapping("/staff/mfa/enrol")
	String enrol(Authentication authentication, HttpSession session, Model model) {
		if (has(authentication, StaffUserDetails.TOTP_ENROLLED)) {
			// re-enrolling needs an administrator's reset first: a stolen password must not replace the phone
			return has(authentication, TotpAuthenticationFilter.TOTP_AUTHORITY) ? "redirect:/staff/account"
					: "redirect:" + TotpAuthenticationFilter.PATH;
		}
		byte[] pending = (byte[]) session.getAttribute(PENDING_SECRET);
		SecondFactors.Enrolment enrolment = pending == null ? factors.begin(authentication.getName())
				: factors.resume(authentication.getName(), pending);
		session.setAttribute(PENDING_SECRET, enrolment.sealedSecret());
		model.addAttribute("enrolment", enrolment);
		return "identity/enrol";
	}

	@PostMapping("/staff/mfa/enrol")
	String confirmEnrolment(@RequestParam String code, Authentication authentication, HttpSession session,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		byte[] pending = (byte[]) session.getAttribute(PENDING_SECRET);
		if (has(authentication, StaffUserDetails.TOTP_ENROLLED) || pending == null
				|| !(authentication.getPrincipal() instanceof StaffUser user)) {
			return "redirect:/staff/mfa/enrol";
		}
		List<String> codes = factors.confirm(user.id(), user.getUsername(), pending, code);
		if (codes.isEmpty()) {
			model.addAttribute("enrolment", factors.resume(user.getUsername(), pending));
			model.addAttribute("codeRefused", true);
			return "identity/enrol";
		}
		session.removeAttribute(PENDING_SECRET);
		// the code just typed proves possession of the authenticator: that is the second factor for this session
		Authentication upgraded = authentication.toBuilder()
			.authorities(authorities -> {
				authorities.add(FactorGrantedAuthority.fromAuthority(TotpAuthenticationFilter.TOTP_AUTHORITY));
				authorities.add(new SimpleGrantedAuthority(StaffUserDetails.TOTP_ENROLLED));
			})
			.build();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(upgraded);
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		contexts.saveContext(context, request, response);
		model.addAttribute("codes", codes);
		return "identity/recovery-codes";
	}

	static boolean has(Authentication authentication, String authority) {
		return authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}
}
