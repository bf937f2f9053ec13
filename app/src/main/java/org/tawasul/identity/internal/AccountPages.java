package org.tawasul.identity.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tawasul.platform.DomainException;

/** A member's own account: password change, second factor and recovery codes. */
@Controller
class AccountPages {

	private final StaffAccounts accounts;

	private final StaffAdministration administration;

	private final SecondFactors factors;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountPages(StaffAccounts accounts, StaffAdministration administration, SecondFactors factors) {
		this.accounts = accounts;
		this.administration = administration;
		this.factors = factors;
	}

	@GetMapping("/staff/account")
	String account(Authentication authentication, Model model) {
		StaffUser user = (StaffUser) authentication.getPrincipal();
		StaffAccount account = accounts.find(user.id()).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("recoveryCodesLeft", account.totpEnrolled() ? factors.unusedRecoveryCodes(user.id()) : 0);
		return "identity/account";
	}

	@GetMapping("/staff/account/password")
	String passwordForm() {
		return "identity/password";
	}

	@PostMapping("/staff/account/password")
	String changePassword(@RequestParam String current, @RequestParam String password, @RequestParam String confirm,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model) {
		StaffUser user = (StaffUser) authentication.getPrincipal();
		if (!password.equals(confirm)) {
			model.addAttribute("errorKey", "identity.password.mismatch");
			return "identity/password";
		}
		try {
			administration.changeOwnPassword(user.id(), current, password);
		}
		catch (DomainException ex) {
			model.addAttribute("errorKey", ex.messageKey());
			return "identity/password";
		}
		if (SignInPages.has(authentication, StaffUserDetails.PASSWORD_CHANGE_REQUIRED)) {
			Authentication updated = authentication.toBuilder()
				.authorities(authorities -> authorities
					.removeIf(a -> StaffUserDetails.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority())))
				.build();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(updated);
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
		}
		return "redirect:/staff/account?password-changed";
	}

	@PostMapping("/staff/account/recovery-codes")
	String regenerateRecoveryCodes(Authentication authentication, Model model) {
		StaffUser user = (StaffUser) authentication.getPrincipal();
		if (!SignInPages.has(authentication, TotpAuthenticationFilter.TOTP_AUTHORITY)) {
			return "redirect:/staff/account";
		}
		List<String> codes = factors.regenerateRecoveryCodes(user.id(), user.getUsername());
		model.addAttribute("codes", codes);
		return "identity/recovery-codes";
	}
}
