package org.tawasul.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.reporting.ReportId;

/**
 * Remembers, for 24 hours, which report an {@code Idempotency-Key} produced for a client, so that a retried request
 * gets the same report and never a second one. A key is claimed in the same transaction that stores the report:
 * of two racing requests the second waits on the unique key and then finds the first one's report.
 */
@Component
class Idempotency {

	static final Duration RETENTION = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ContactVault vault;

	Idempotency(JdbcClient jdbc, Clock clock, ContactVault vault) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.vault = vault;
	}

	/** A report already made for this key and client within 24 hours. */
	record Claim(String requestHash, ReportId reportId, TrackingCode code, Instant createdAt) {
	}

	Optional<Claim> find(String key, String clientRef) {
		return jdbc.sql("""
				select request_hash, report_id, sealed_code, created_at from reporting.idempotency_key
				where idempotency_key = ? and client_ref = ? and created_at > ?""")
			.params(key, clientRef, Timestamp.from(clock.instant().minus(RETENTION)))
			.query((rs, n) -> new Claim(rs.getString(1), new ReportId(rs.getObject(2, UUID.class)),
					new TrackingCode(vault.open(rs.getBytes(3), "idempotency:" + key)), rs.getTimestamp(4).toInstant()))
			.optional();
	}

	/**
	 * The claim of a key for a new report, as one statement: a claim older than 24 hours under the same key is taken
	 * over. Its parameters, the sealed tracking code included, are computed here, outside the transaction that runs
	 * it ({@link #claim}, or {@link IntakeJournal#insert} together with a journal entry).
	 */
	SqlStatement claimStatement(String key, String clientRef, String requestHash, ReportId reportId, TrackingCode code,
			Instant now) {
		return new SqlStatement("""
				insert into reporting.idempotency_key (idempotency_key, client_ref, request_hash, report_id, sealed_code,
				    created_at) values (?, ?, ?, ?, ?, ?)
				on conflict (idempotency_key, client_ref) do update set request_hash = excluded.request_hash,
				    report_id = excluded.report_id, sealed_code = excluded.sealed_code, created_at = excluded.created_at
				where reporting.idempotency_key.created_at <= ?""",
				List.of(key, clientRef, requestHash, reportId.value(), vault.seal(code.value(), "idempotency:" + key),
						Timestamp.from(now), Timestamp.from(now.minus(RETENTION))));
	}

	/** Runs a claim; {@code false} when a live claim exists (another request made it first; it is then {@link #find found}). */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean claim(SqlStatement claim) {
		return jdbc.sql(claim.sql()).params(claim.params()).update() == 1;
	}

	/** Keys older than 24 hours are forgotten, and with them the sealed tracking codes they kept. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetExpired() {
		jdbc.sql("delete from reporting.idempotency_key where created_at <= ?")
			.param(Timestamp.from(clock.instant().minus(RETENTION)))
			.update();
	}
}
