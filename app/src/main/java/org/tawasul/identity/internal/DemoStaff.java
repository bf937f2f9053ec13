package org.tawasul.identity.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.audit.AuditTrail;
import org.tawasul.identity.Role;

/**
 * {@code ./tawasul run --demo}: one clearly marked demo account per role ({@code demo.triage}, {@code demo.admin},
 * …). Each is created once, with a random password printed on the console at creation (there is no fixed demo
 * password anywhere); privileged demo accounts get an authenticator secret printed beside it, to add to an app by
 * hand, because the second factor stays required in the demo too.
 */
@Component
@ConditionalOnProperty("tawasul.demo.enabled")
class DemoStaff {

	private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

	private final StaffAccounts accounts;

	private final PasswordEncoder passwords;

	private final SecretBox box;

	private final AuditTrail audit;

	private final Clock clock;

	DemoStaff(StaffAccounts accounts, PasswordEncoder passwords, SecretBox box, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.box = box;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	@Transactional
	void seed() {
		for (Role role : Role.values()) {
			String username = username(role);
			if (accounts.find(username).isPresent()) {
				continue;
			}
			String password = StaffAdministration.temporaryPassword();
			String region = switch (role) {
				case TRIAGE_AGENT, VIEWER -> "casablanca-settat";
				case SUPERVISOR -> "rabat-sale-kenitra";
				default -> null;
			};
			UUID id = accounts.create(username, "حساب تجريبي / Compte démo — " + role.name().toLowerCase(Locale.ROOT),
					null, region, EnumSet.of(role), passwords.encode(password), false, true, clock.instant());
			String secret = "";
			if (role.privileged()) {
				byte[] totp = Totp.newSecret();
				accounts.enrolTotp(id, box.seal(totp), -1);
				secret = Totp.Base32.encode(totp);
			}
			audit.record("system", "staff.account.create-demo", "staff:" + username, Map.of("role", role.name()));
			log.warn("DEMO account created (shown once): username={} password={}{}", username, password,
					secret.isEmpty() ? "" : " authenticator-secret=" + secret + " (add it to a TOTP app by hand)");
		}
	}

	static String username(Role role) {
		return switch (role) {
			case ADMINISTRATOR -> "demo.admin";
			case TRIAGE_AGENT -> "demo.triage";
			default -> "demo." + role.name().toLowerCase(Locale.ROOT);
		};
	}
}
