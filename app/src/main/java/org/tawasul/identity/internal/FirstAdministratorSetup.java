package org.tawasul.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.audit.AuditTrail;
import org.tawasul.identity.Role;
import org.tawasul.platform.DomainException;

/**
 * First start, like Jenkins' initial admin password but without any default password: while no administrator
 * exists, every start issues a one-time setup link (valid {@code tawasul.identity.setup-token-validity}) and prints
 * it on the console. The link lets the operator create the first administrator, once; afterwards it is dead and
 * {@code /staff/setup/**} answers 404. Only the token's SHA-256 is stored.
 */
@Service
class FirstAdministratorSetup {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministratorSetup.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final StaffAccounts accounts;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Clock clock;

	private final IdentityProperties properties;

	private final PasswordPolicy policy = PasswordPolicy.standard();

	FirstAdministratorSetup(JdbcClient jdbc, StaffAccounts accounts, PasswordEncoder passwords, AuditTrail audit,
			Clock clock, IdentityProperties properties) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)
				|| web.getWebServer() == null) {
			return;
		}
		issueIfNoAdministrator().ifPresent(token -> {
			String link = "http://localhost:" + web.getWebServer().getPort() + "/staff/setup/" + token;
			String line = "*".repeat(78);
			log.warn("""

					{}
					  No administrator exists yet. Create the first one with this one-time link
					  (valid {} hours, works once; a new link is printed at every start until then):

					    {}

					{}""", line, properties.setupTokenValidity().toHours(), link, line);
		});
	}

	/** A new setup token when no administrator exists (older unused tokens are withdrawn), else empty. */
	@Transactional
	Optional<String> issueIfNoAdministrator() {
		if (accounts.anyAdministrator()) {
			return Optional.empty();
		}
		return Optional.of(issue());
	}

	/** Issues a token whatever the state; callers check that no administrator exists (tests use it directly). */
	@Transactional
	String issue() {
		Instant now = clock.instant();
		jdbc.sql("update identity.setup_token set used_at = ? where used_at is null")
			.param(Timestamp.from(now))
			.update();
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		jdbc.sql("insert into identity.setup_token (token_hash, issued_at, expires_at) values (?, ?, ?)")
			.params(hash(token), Timestamp.from(now), Timestamp.from(now.plus(properties.setupTokenValidity())))
			.update();
		audit.record("system", "identity.setup-link.issue", "identity:setup", Map.of());
		return token;
	}

	/** Whether a link still works: known, unused, not expired. */
	boolean valid(String token) {
		return jdbc.sql("select exists (select 1 from identity.setup_token "
				+ "where token_hash = ? and used_at is null and expires_at > ?)")
			.params(hash(token), Timestamp.from(clock.instant()))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Creates the first administrator and kills the link. Refused (404) when the link is dead; the password must
	 * pass the policy ({@link DomainException} 422 with the rule's key).
	 */
	@Transactional
	UUID complete(String token, String username, String displayName, String password) {
		Instant now = clock.instant();
		int used = jdbc.sql("update identity.setup_token set used_at = ? "
				+ "where token_hash = ? and used_at is null and expires_at > ?")
			.params(Timestamp.from(now), hash(token), Timestamp.from(now))
			.update();
		if (used != 1) {
			throw new DomainException(HttpStatus.NOT_FOUND, "problem.status.404.detail");
		}
		String name = normaliseUsername(username);
		if (name == null) {
			throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "identity.account.username-invalid");
		}
		policy.check(name, password).ifPresent(key -> {
			throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, key);
		});
		if (accounts.find(name).isPresent()) {
			throw new DomainException(HttpStatus.CONFLICT, "identity.account.username-taken");
		}
		UUID id = accounts.create(name, displayName.strip(), null, null, EnumSet.of(Role.ADMINISTRATOR),
				passwords.encode(password), false, false, now);
		jdbc.sql("update identity.setup_token set used_at = ? where used_at is null").param(Timestamp.from(now)).update();
		audit.record(name, "identity.setup.first-administrator", "staff:" + name, Map.of());
		return id;
	}

	/** Lower-case letters, digits, dot, dash, underscore; 3 to 64 characters. */
	static @Nullable String normaliseUsername(String username) {
		String name = username.strip().toLowerCase(java.util.Locale.ROOT);
		return name.matches("[a-z0-9][a-z0-9._-]{2,63}") ? name : null;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}
}
