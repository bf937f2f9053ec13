package org.tawasul.vigilance.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.audit.AuditTrail;
import org.tawasul.vigilance.cases.VigilanceProperties;

/**
 * The external collectors allowed to send items, each with its own bearer token. Only the token's SHA-256 is stored;
 * the token itself is shown once, when the collector is registered. A token configured as
 * {@code tawasul.vigilance.ingest.bootstrap-collector-token} registers the collector {@code bootstrap} on start (for
 * the benchmark and first installs).
 */
@Service
public class Collectors implements ApplicationRunner {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final VigilanceProperties properties;

	Collectors(JdbcClient jdbc, AuditTrail audit, Clock clock, VigilanceProperties properties) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	/** A registered collector, by name. */
	public record Collector(UUID id, String name, boolean enabled) {
	}

	/** Registers a collector and returns its token (never stored, never shown again). */
	@Transactional
	public String register(String name, String actor) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = "twc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		store(name, token);
		audit.record(actor, "collector.register", "collector:" + name, Map.of());
		return token;
	}

	private void store(String name, String token) {
		jdbc.sql("""
				insert into vigilance.collector (id, name, token_hash, enabled, created_at) values (?, ?, ?, true, ?)
				on conflict (name) do update set token_hash = excluded.token_hash, enabled = true""")
			.params(UUID.randomUUID(), name, hash(token), Timestamp.from(clock.instant()))
			.update();
	}

	@Transactional
	public void disable(String name, String actor) {
		jdbc.sql("update vigilance.collector set enabled = false where name = ?").param(name).update();
		audit.record(actor, "collector.disable", "collector:" + name, Map.of());
	}

	/** The enabled collector holding this token, if any. */
	public Optional<String> authenticate(String token) {
		return jdbc.sql("select name from vigilance.collector where token_hash = ? and enabled")
			.param(hash(token))
			.query(String.class)
			.optional();
	}

	public List<Collector> all() {
		return jdbc.sql("select id, name, enabled from vigilance.collector order by name")
			.query((rs, n) -> new Collector(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

	@Override
	public void run(ApplicationArguments args) {
		String token = properties.ingest().bootstrapCollectorToken();
		if (token != null && !token.isBlank()) {
			store("bootstrap", token);
		}
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
