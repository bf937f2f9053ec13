package org.tawasul.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.audit.AuditEntries;
import org.tawasul.audit.AuditEntry;
import org.tawasul.audit.AuditTrail;
import org.tawasul.audit.AuditVerification;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail in PostgreSQL. Appends are serialised by a transaction-scoped advisory lock so the chain has
 * no forks even with many nodes; the lock is held only until the caller's transaction commits. Each append also
 * moves the anchor (entry count and head hash) forward in the same transaction, so that deleting the last entries
 * is detected too (ADR 0151).
 */
@Service
class ChainedAuditTrail implements AuditTrail, AuditEntries {

	static final String GENESIS = "0".repeat(64);

	private static final long APPEND_LOCK = 0x7a_75_64_69_74L;

	private static final TypeReference<TreeMap<String, String>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	ChainedAuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actor, String action, String subject, Map<String, String> details) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query().singleRow();
		var head = jdbc.sql("select sequence, hash from audit.entry order by sequence desc limit 1")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional();
		long sequence = head.map(h -> (Long) h[0] + 1).orElse(1L);
		String previous = head.map(h -> (String) h[1]).orElse(GENESIS);
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String canonicalDetails = json.writeValueAsString(new TreeMap<>(details));
		String hash = hash(sequence, at, actor, action, subject, canonicalDetails, previous);
		jdbc.sql("""
				insert into audit.entry (sequence, recorded_at, actor, action, subject, details, previous_hash, hash)
				values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
			.params(sequence, Timestamp.from(at), actor, action, subject, canonicalDetails, previous, hash)
			.update();
		jdbc.sql("update audit.anchor set entries = ?, head_hash = ? where id = 1")
			.params(sequence, hash)
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		AtomicReference<String> previous = new AtomicReference<>(GENESIS);
		AtomicReference<@Nullable AuditVerification> broken = new AtomicReference<>();
		long[] count = { 0 };
		jdbc.sql("select sequence, recorded_at, actor, action, subject, details::text, previous_hash, hash "
				+ "from audit.entry order by sequence")
			.query(rs -> {
				if (broken.get() != null) {
					return;
				}
				count[0]++;
				long sequence = rs.getLong(1);
				Instant at = rs.getTimestamp(2).toInstant();
				String details = canonical(rs.getString(6));
				String storedPrevious = rs.getString(7);
				String storedHash = rs.getString(8);
				if (sequence != count[0] || !storedPrevious.equals(previous.get())) {
					broken.set(new AuditVerification(count[0], false, sequence,
							"link to the previous entry is broken (an entry was deleted or reordered)"));
					return;
				}
				String expected = hash(sequence, at, rs.getString(3), rs.getString(4), rs.getString(5), details,
						storedPrevious);
				if (!expected.equals(storedHash)) {
					broken.set(new AuditVerification(count[0], false, sequence, "content does not match its hash (edited)"));
					return;
				}
				previous.set(storedHash);
			});
		AuditVerification chain = broken.get();
		if (chain != null) {
			return chain;
		}
		return checkAnchor(count[0], previous.get());
	}

	/** The chain holds; does it end where the anchor says it does? */
	private AuditVerification checkAnchor(long entries, String headHash) {
		var anchor = jdbc.sql("select entries, head_hash from audit.anchor where id = 1")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional();
		if (anchor.isEmpty()) {
			return new AuditVerification(entries, false, entries + 1, "the anchor row is missing");
		}
		long anchored = (Long) anchor.get()[0];
		if (anchored > entries) {
			return new AuditVerification(entries, false, entries + 1,
					"entries after " + entries + " were deleted (the anchor counts " + anchored + ")");
		}
		if (anchored < entries) {
			return new AuditVerification(entries, false, anchored + 1,
					"entries after " + anchored + " were added without moving the anchor");
		}
		if (!headHash.equals(anchor.get()[1])) {
			return new AuditVerification(entries, false, entries,
					"the last entry does not match the anchor's head hash (replaced)");
		}
		return AuditVerification.intact(entries);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> recent(@Nullable String actor, @Nullable String actionPrefix, @Nullable String subject,
			int limit) {
		StringBuilder sql = new StringBuilder("""
				select sequence, recorded_at, actor, action, subject, details::text, previous_hash, hash
				from audit.entry where true""");
		List<Object> params = new ArrayList<>();
		if (actor != null && !actor.isBlank()) {
			sql.append(" and actor = ?");
			params.add(actor.strip());
		}
		if (actionPrefix != null && !actionPrefix.isBlank()) {
			sql.append(" and starts_with(action, ?)");
			params.add(actionPrefix.strip());
		}
		if (subject != null && !subject.isBlank()) {
			sql.append(" and subject = ?");
			params.add(subject.strip());
		}
		sql.append(" order by sequence desc limit ?");
		params.add(Math.clamp(limit, 1, 500));
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5), json.readValue(rs.getString(6), DETAILS), rs.getString(7),
					rs.getString(8)))
			.list();
	}

	/** PostgreSQL's jsonb text form is not ours; re-serialise it the way {@link #record} did. */
	@SuppressWarnings("unchecked")
	private String canonical(String jsonb) {
		Map<String, Object> map = json.readValue(jsonb, Map.class);
		return json.writeValueAsString(new TreeMap<>(map));
	}

	private static String hash(long sequence, Instant at, String actor, String action, String subject,
			String details, String previous) {
		String content = String.join("\u001f", Long.toString(sequence), at.toString(), actor, action, subject, details,
				previous);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}
}
