package org.tawasul.identity.internal;

import java.security.Principal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tawasul.audit.AuditTrail;
import org.tawasul.identity.Regions;
import org.tawasul.identity.Role;
import org.tawasul.platform.DomainException;
import org.tawasul.platform.web.StaffWorkspace;

/** {@code /staff/admin/accounts}: administrators list, create and change staff accounts. */
@Controller
@RequestMapping("/staff/admin/accounts")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AccountAdministrationPages {

	private final StaffAccounts accounts;

	private final StaffAdministration administration;

	private final Regions regions;

	private final AuditTrail audit;

	private final Clock clock;

	AccountAdministrationPages(StaffAccounts accounts, StaffAdministration administration, Regions regions,
			AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.administration = administration;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	@Transactional
	String list(Principal principal, Model model) {
		audit.record(principal.getName(), "staff.accounts.view", "staff:*", Map.of());
		model.addAttribute("accounts", accounts.all());
		model.addAttribute("now", clock.instant());
		return "identity/accounts";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		formModel(model, null);
		return "identity/account-form";
	}

	@PostMapping
	String create(@RequestParam String username, @RequestParam String displayName,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String regionCode,
			@RequestParam(required = false) @Nullable List<Role> roles, Principal principal, Model model) {
		var form = new StaffAdministration.AccountForm(username, displayName, email, regionCode, roleSet(roles));
		try {
			var created = administration.create(principal.getName(), form);
			model.addAttribute("temporary", created);
			return "identity/temporary-password";
		}
		catch (DomainException ex) {
			formModel(model, null);
			model.addAttribute("form", form);
			model.addAttribute("errorKey", ex.messageKey());
			return "identity/account-form";
		}
	}

	@GetMapping("/{id}")
	@Transactional
	String edit(@PathVariable UUID id, Principal principal, Model model) {
		StaffAccount account = accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		audit.record(principal.getName(), "staff.account.view", "staff:" + account.username(), Map.of());
		formModel(model, account);
		return "identity/account-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @RequestParam String displayName,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String regionCode,
			@RequestParam(required = false) @Nullable List<Role> roles, Principal principal, Model model,
			RedirectAttributes redirect) {
		StaffAccount account = accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var form = new StaffAdministration.AccountForm(account.username(), displayName, email, regionCode,
				roleSet(roles));
		try {
			administration.update(principal.getName(), id, form);
		}
		catch (DomainException ex) {
			formModel(model, account);
			model.addAttribute("form", form);
			model.addAttribute("errorKey", ex.messageKey());
			return "identity/account-form";
		}
		redirect.addFlashAttribute("doneKey", "identity.accounts.saved");
		return "redirect:/staff/admin/accounts/" + id;
	}

	@PostMapping("/{id}/{action}")
	String act(@PathVariable UUID id, @PathVariable String action, Principal principal, Model model,
			RedirectAttributes redirect) {
		try {
			switch (action) {
				case "disable" -> administration.setEnabled(principal.getName(), id, false);
				case "enable" -> administration.setEnabled(principal.getName(), id, true);
				case "unlock" -> administration.unlock(principal.getName(), id);
				case "reset-mfa" -> administration.resetSecondFactor(principal.getName(), id);
				case "reset-password" -> {
					model.addAttribute("temporary", administration.resetPassword(principal.getName(), id));
					return "identity/temporary-password";
				}
				default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			redirect.addFlashAttribute("doneKey", "identity.accounts.done." + action);
		}
		catch (DomainException ex) {
			if (ex.status() == HttpStatus.NOT_FOUND) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			redirect.addFlashAttribute("errorKey", ex.messageKey());
		}
		return "redirect:/staff/admin/accounts/" + id;
	}

	private void formModel(Model model, @Nullable StaffAccount account) {
		model.addAttribute("account", account);
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("regions", regions.all());
		if (account != null) {
			model.addAttribute("form", new StaffAdministration.AccountForm(account.username(), account.displayName(),
					account.email(), account.regionCode(), account.roles()));
			model.addAttribute("locked", account.lockedAt(clock.instant()));
		}
	}

	private static Set<Role> roleSet(@Nullable List<Role> roles) {
		return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

	@Configuration(proxyBeanMethods = false)
	static class Workspace {

		@Bean
		StaffWorkspace accountsWorkspace() {
			return new StaffWorkspace("/staff/admin/accounts", "identity.accounts.workspace", Set.of("ADMINISTRATOR"),
					900);
		}
	}
}
