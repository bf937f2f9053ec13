package org.tawasul.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.audit.AuditTrail;
import org.tawasul.identity.Regions;
import org.tawasul.identity.Role;
import org.tawasul.platform.DomainException;

/**
 * What administrators do to accounts, and what members do to their own: every change is checked, then recorded in
 * the audit trail in the same transaction. An administrator can neither drop their own administrator role nor
 * disable themself, so the platform never loses its last administrator by accident.
 */
@Service
class StaffAdministration {

	private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** What an administrator enters for a new or changed account. */
	record AccountForm(String username, String displayName, @Nullable String email, @Nullable String regionCode,
			Set<Role> roles) {
	}

	/** A created account or a reset, with the temporary password to hand over (shown once, never stored plain). */
	record TemporaryPassword(String username, String password) {
	}

	private final StaffAccounts accounts;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Regions regions;

	private final Clock clock;

	private final PasswordPolicy policy = PasswordPolicy.standard();

	StaffAdministration(StaffAccounts accounts, PasswordEncoder passwords, AuditTrail audit, Regions regions,
			Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.regions = regions;
		this.clock = clock;
	}

	@Transactional
	TemporaryPassword create(String actor, AccountForm form) {
		String username = FirstAdministratorSetup.normaliseUsername(form.username());
		if (username == null) {
			throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "identity.account.username-invalid");
		}
		validate(form);
		if (accounts.find(username).isPresent()) {
			throw new DomainException(HttpStatus.CONFLICT, "identity.account.username-taken");
		}
		String temporary = temporaryPassword();
		accounts.create(username, form.displayName().strip(), blankToNull(form.email()), blankToNull(form.regionCode()),
				form.roles(), passwords.encode(temporary), true, false, clock.instant());
		audit.record(actor, "staff.account.create", "staff:" + username, describe(form));
		return new TemporaryPassword(username, temporary);
	}

	@Transactional
	void update(String actor, UUID id, AccountForm form) {
		StaffAccount account = account(id);
		validate(form);
		if (account.username().equals(actor) && !form.roles().contains(Role.ADMINISTRATOR)) {
			throw new DomainException(HttpStatus.CONFLICT, "identity.account.keep-own-administrator");
		}
		accounts.update(id, form.displayName().strip(), blankToNull(form.email()), blankToNull(form.regionCode()),
				form.roles());
		audit.record(actor, "staff.account.update", "staff:" + account.username(), describe(form));
	}

	@Transactional
	void setEnabled(String actor, UUID id, boolean enabled) {
		StaffAccount account = account(id);
		if (!enabled && account.username().equals(actor)) {
			throw new DomainException(HttpStatus.CONFLICT, "identity.account.not-yourself");
		}
		accounts.setEnabled(id, enabled);
		audit.record(actor, enabled ? "staff.account.enable" : "staff.account.disable", "staff:" + account.username(),
				Map.of());
	}

	@Transactional
	TemporaryPassword resetPassword(String actor, UUID id) {
		StaffAccount account = account(id);
		String temporary = temporaryPassword();
		accounts.changePassword(id, passwords.encode(temporary), true);
		audit.record(actor, "staff.account.reset-password", "staff:" + account.username(), Map.of());
		return new TemporaryPassword(account.username(), temporary);
	}

	@Transactional
	void resetSecondFactor(String actor, UUID id) {
		StaffAccount account = account(id);
		accounts.resetTotp(id);
		audit.record(actor, "staff.account.reset-mfa", "staff:" + account.username(), Map.of());
	}

	@Transactional
	void unlock(String actor, UUID id) {
		StaffAccount account = account(id);
		accounts.unlock(id);
		audit.record(actor, "staff.account.unlock", "staff:" + account.username(), Map.of());
	}

	/** A member changes their own password (also how a temporary password is replaced). */
	@Transactional
	void changeOwnPassword(UUID id, String current, String replacement) {
		StaffAccount account = account(id);
		String hash = accounts.passwordHash(account.username()).orElseThrow();
		if (!passwords.matches(current, hash)) {
			audit.record(account.username(), "staff.password.change-refused", "staff:" + account.username(),
					Map.of());
			throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "identity.password.current-wrong");
		}
		if (passwords.matches(replacement, hash)) {
			throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "identity.password.unchanged");
		}
		policy.check(account.username(), replacement).ifPresent(key -> {
			throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, key);
		});
		accounts.changePassword(id, passwords.encode(replacement), false);
		audit.record(account.username(), "staff.password.change", "staff:" + account.username(), Map.of());
	}

	private void validate(AccountForm form) {
		if (form.displayName().isBlank() || form.displayName().length() > 120) {
			throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "identity.account.display-name-invalid");
		}
		if (form.roles().isEmpty()) {
			throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "identity.account.roles-required");
		}
		String region = blankToNull(form.regionCode());
		if (region != null && regions.find(region).isEmpty()) {
			throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "identity.account.region-unknown");
		}
		String email = blankToNull(form.email());
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "identity.account.email-invalid");
		}
	}

	private StaffAccount account(UUID id) {
		return accounts.find(id).orElseThrow(() -> new DomainException(HttpStatus.NOT_FOUND, "problem.status.404.detail"));
	}

	private static Map<String, String> describe(AccountForm form) {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("roles", form.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
		String region = blankToNull(form.regionCode());
		details.put("region", region == null ? "national" : region);
		return details;
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** 16 characters from 54 (about 92 bits): to be typed once, then replaced. */
	static String temporaryPassword() {
		StringBuilder password = new StringBuilder(16);
		for (int i = 0; i < 16; i++) {
			password.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
		}
		return password.toString();
	}
}
