package org.tawasul.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.audit.AuditTrail;

/**
 * Counts failed sign-ins (password or second factor) and locks an account for {@code tawasul.identity.lockout}
 * after {@code max-failed-attempts} in a row; a success resets the count. Every outcome goes to the audit trail.
 * Nothing here tells the person signing in whether the username exists.
 */
@Service
class SignInAttempts {

	private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

	/** Attempted usernames are kept in the trail, cut to this length (they are sometimes mistyped passwords). */
	private static final int MAX_ATTEMPTED_NAME = 64;

	private final StaffAccounts accounts;

	private final AuditTrail audit;

	private final Clock clock;

	private final IdentityProperties properties;

	SignInAttempts(StaffAccounts accounts, AuditTrail audit, Clock clock, IdentityProperties properties) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	/** A wrong password or second factor; returns whether the account is now locked. */
	@Transactional
	boolean failed(String username, String factor) {
		String name = username.length() > MAX_ATTEMPTED_NAME ? username.substring(0, MAX_ATTEMPTED_NAME) : username;
		Instant now = clock.instant();
		boolean locked = accounts.countFailure(name, properties.maxFailedAttempts(), now, now.plus(properties.lockout()))
			.orElse(false);
		audit.record("anonymous", "staff.sign-in.failed", "staff:" + name, Map.of("factor", factor));
		if (locked) {
			audit.record("system", "staff.lock", "staff:" + name, Map.of("minutes",
					Long.toString(properties.lockout().toMinutes()), "attempts",
					Integer.toString(properties.maxFailedAttempts())));
			log.warn("staff account {} locked after {} failed sign-ins", name, properties.maxFailedAttempts());
		}
		return locked;
	}

	/** A sign-in refused before the password was checked (locked or disabled account). */
	@Transactional
	void refused(String username, String reason) {
		String name = username.length() > MAX_ATTEMPTED_NAME ? username.substring(0, MAX_ATTEMPTED_NAME) : username;
		audit.record("anonymous", "staff.sign-in.refused", "staff:" + name, Map.of("reason", reason));
	}

	@Transactional
	void passwordAccepted(UUID id, String username) {
		accounts.resetFailures(id);
		audit.record(username, "staff.sign-in.password", "staff:" + username, Map.of());
	}

	@Transactional
	void secondFactorAccepted(UUID id) {
		accounts.resetFailures(id);
	}
}
