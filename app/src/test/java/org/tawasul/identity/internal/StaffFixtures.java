package org.tawasul.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tawasul.identity.Role;

/** Creates staff accounts with fresh names for tests; a known password, and a known TOTP secret when asked. */
class StaffFixtures {

	static final String PASSWORD = "a long test passphrase 42";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	/** bcrypt is slow on purpose: hash the shared test password once per run. */
	private static volatile @Nullable String passwordHash;

	private final StaffAccounts accounts;

	private final PasswordEncoder passwords;

	private final SecretBox box;

	private final Clock clock;

	StaffFixtures(StaffAccounts accounts, PasswordEncoder passwords, SecretBox box, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.box = box;
		this.clock = clock;
	}

	record Member(UUID id, String username, byte @Nullable [] totpSecret) {

		String currentCode(Clock clock) {
			if (totpSecret == null) {
				throw new IllegalStateException(username + " has no authenticator");
			}
			return Totp.code(totpSecret, Totp.step(clock.instant()));
		}
	}

	Member member(Role role, boolean withAuthenticator) {
		return member(Set.of(role), withAuthenticator, null);
	}

	Member member(Set<Role> roles, boolean withAuthenticator, @Nullable String regionCode) {
		String username = "test." + roles.iterator().next().name().toLowerCase().replace('_', '-') + "."
				+ COUNTER.incrementAndGet() + "." + UUID.randomUUID().toString().substring(0, 6);
		UUID id = accounts.create(username, "Test " + username, username + "@example.org", regionCode, roles,
				passwordHash(), false, false, clock.instant());
		byte[] secret = null;
		if (withAuthenticator) {
			secret = Totp.newSecret();
			accounts.enrolTotp(id, box.seal(secret), -1);
		}
		return new Member(id, username, secret);
	}

	private String passwordHash() {
		String hash = passwordHash;
		if (hash == null) {
			hash = passwords.encode(PASSWORD);
			passwordHash = hash;
		}
		return hash;
	}

	void recoveryCodes(Member member, List<String> codes) {
		accounts.replaceRecoveryCodes(member.id(), codes.stream().map(RecoveryCodes::hash).toList());
	}
}
