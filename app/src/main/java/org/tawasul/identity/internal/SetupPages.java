package org.tawasul.identity.internal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.tawasul.platform.DomainException;

/** {@code /staff/setup/<token>}: the first-start page that creates the first administrator (see the console). */
@Controller
class SetupPages {

	private final FirstAdministratorSetup setup;

	SetupPages(FirstAdministratorSetup setup) {
		this.setup = setup;
	}

	@GetMapping("/staff/setup/{token}")
	String form(@PathVariable String token, Model model) {
		if (!setup.valid(token)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("token", token);
		return "identity/setup";
	}

	@PostMapping("/staff/setup/{token}")
	String create(@PathVariable String token, @RequestParam String username, @RequestParam String displayName,
			@RequestParam String password, @RequestParam String confirm, Model model) {
		if (!setup.valid(token)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("token", token);
		if (!password.equals(confirm)) {
			model.addAttribute("errorKey", "identity.password.mismatch");
			model.addAttribute("username", username);
			model.addAttribute("displayName", displayName);
			return "identity/setup";
		}
		try {
			setup.complete(token, username, displayName, password);
		}
		catch (DomainException ex) {
			if (ex.status() == HttpStatus.NOT_FOUND) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("username", username);
			model.addAttribute("displayName", displayName);
			return "identity/setup";
		}
		return "redirect:/staff/login?setup-done";
	}
}
