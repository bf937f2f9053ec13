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

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tawasul.audit.AuditEntries;
import org.tawasul.audit.AuditEntry;
import org.tawasul.audit.AuditTrail;
import org.tawasul.audit.AuditVerification;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail in PostgreSQL. The anchor row (entry count and head hash) is the chain's head: a transaction's
 * first append locks it, every append links to the head, and the anchor moves forward once before commit, all in
 * the caller's transaction. The row lock serialises appends so the chain has no forks even with many nodes (held
 * only until the caller commits), and the anchor lets verification notice deleted last entries too (ADR 0151).
 */
@Service
class ChainedAuditTrail implements AuditTrail, AuditEntries {

	static final String GENESIS = "0".repeat(64);

	private static final TypeReference<TreeMap<String, String>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	private final DataSource dataSource;

	/** Reads the whole trail in pages of 1,000 rows (in a transaction), so verifying never holds it all in memory. */
	private final JdbcClient streaming;

	ChainedAuditTrail(JdbcClient jdbc, DataSource dataSource, Clock clock) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(1_000);
		this.streaming = JdbcClient.create(template);
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actor, String action, String subject, Map<String, String> details) {
		Head head = head();
		long sequence = head.sequence + 1;
		String previous = head.hash;
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String canonicalDetails = json.writeValueAsString(new TreeMap<>(details));
		String hash = hash(sequence, at, actor, action, subject, canonicalDetails, previous);
		jdbc.sql("""
				insert into audit.entry (sequence, recorded_at, actor, action, subject, details, previous_hash, hash)
				values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
			.params(sequence, Timestamp.from(at), actor, action, subject, canonicalDetails, previous, hash)
			.update();
		head.sequence = sequence;
		head.hash = hash;
	}

	/**
	 * The chain's head for the current transaction. The first append of a transaction locks the anchor row (which
	 * serialises appends across nodes until commit) and reads it; later appends of the same transaction continue
	 * from memory, and the anchor is written once, just before commit.
	 */
	private Head head() {
		HeadKey headKey = headKey();
		Head head = (Head) TransactionSynchronizationManager.getResource(headKey);
		if (head != null) {
			return head;
		}
		Head locked = jdbc.sql("select entries, head_hash from audit.anchor where id = 1 for update")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		TransactionSynchronizationManager.bindResource(headKey, locked);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				writeAnchor(locked);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(headKey);
			}
		});
		return locked;
	}

	/**
	 * The key of the current transaction's head: its connection, so that a transaction started inside another one
	 * ({@code REQUIRES_NEW}) has its own head and takes the anchor's lock itself.
	 */
	private HeadKey headKey() {
		return new HeadKey(TransactionSynchronizationManager.getResource(dataSource));
	}

	private record HeadKey(@Nullable Object connection) {
	}

	private void writeAnchor(Head head) {
		if (head.sequence > head.anchored) {
			jdbc.sql("update audit.anchor set entries = ?, head_hash = ? where id = 1")
				.params(head.sequence, head.hash)
				.update();
			head.anchored = head.sequence;
		}
	}

	/** The head as this transaction sees it: the anchored one, then moved by each append. */
	private static final class Head {

		long sequence;

		String hash;

		long anchored;

		Head(long sequence, String hash) {
			this.sequence = sequence;
			this.hash = hash;
			this.anchored = sequence;
		}
	}

	@Override
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		Head pending = (Head) TransactionSynchronizationManager.getResource(headKey());
		if (pending != null) {
			writeAnchor(pending);
		}
		AtomicReference<String> previous = new AtomicReference<>(GENESIS);
		AtomicReference<@Nullable AuditVerification> broken = new AtomicReference<>();
		long[] count = { 0 };
		streaming.sql("select sequence, recorded_at, actor, action, subject, details::text, previous_hash, hash "
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
