package org.tawasul.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.reporting.ReportId;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports acknowledged during a burst but not filed yet ({@code reporting.intake}, see {@link ReportFiler}). An entry
 * holds everything {@link Report#submit} needs; the reporter's contact stays sealed, as it will be in the report.
 */
@Component
class IntakeJournal {

	/** How long a failed entry waits before it is tried again, at most. */
	static final Duration MAX_RETRY_DELAY = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private static final String COLUMNS = "seq, report_id, tracking_hash, received_at, report, sealed_contact";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	IntakeJournal(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A received report, as kept until it is filed; its content is read when needed, so that one entry that cannot be
	 * read fails alone.
	 */
	record Entry(long seq, ReportId id, String trackingHash, Instant receivedAt, String payload,
			byte @Nullable [] sealedContact) {

		/** The report as {@link SubmitReport} would have stored it at once. */
		Report file() {
			Payload read = read();
			return Report.submit(id, trackingHash, read.report(), sealedContact, read.attachments(), false, receivedAt);
		}

		Payload read() {
			return JSON.readValue(payload, Payload.class);
		}
	}

	/** What is written as JSON: the report without the contact (which is sealed beside it) and its files. */
	record Payload(NewReport report, List<StoredAttachment> attachments) {
	}

	/**
	 * The statement that keeps a received report until {@link ReportFiler} files it, made ready outside the
	 * acknowledging transaction (its JSON written), so that the shared writer only runs it ({@link GroupCommit#update}).
	 * With a claim, the entry is added only if the claim succeeds, in the same statement (one statement instead of two
	 * on every report of a burst): an update count of 0 then says a live claim exists and nothing was added.
	 */
	SqlStatement insert(ReportId id, TrackingCode code, NewReport report, byte @Nullable [] sealedContact,
			List<StoredAttachment> attachments, Instant receivedAt, @Nullable SqlStatement claim) {
		NewReport withoutContact = new NewReport(report.category(), report.content(), report.language(),
				report.regionCode(), null, null);
		List<@Nullable Object> params = new ArrayList<>(claim == null ? List.of() : claim.params());
		params.addAll(Arrays.asList(id.value(), code.hash(), Timestamp.from(receivedAt),
				JSON.writeValueAsString(new Payload(withoutContact, attachments)), sealedContact));
		return new SqlStatement(claim == null ? """
				insert into reporting.intake (report_id, tracking_hash, received_at, report, sealed_contact)
				values (?, ?, ?, ?, ?)""" : "with claimed as (" + claim.sql() + """
				 returning 1)
				insert into reporting.intake (report_id, tracking_hash, received_at, report, sealed_contact)
				select ?::uuid, ?::char(64), ?::timestamptz, ?::text, ?::bytea from claimed""", params);
	}

	/** A received report not filed yet, by its tracking code's hash. */
	Optional<Entry> find(String trackingHash) {
		return jdbc.sql("select " + COLUMNS + " from reporting.intake where tracking_hash = ?")
			.param(trackingHash)
			.query(IntakeJournal::entry)
			.optional();
	}

	/**
	 * Locks up to {@code max} entries due for filing, oldest first, skipping those another filer holds; in the
	 * caller's transaction, which {@link #forget forgets} them once they are filed.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	List<Entry> take(int max) {
		return jdbc.sql("select " + COLUMNS + """
				 from reporting.intake where retry_at is null or retry_at <= ?
				order by seq limit ? for update skip locked""")
			.params(Timestamp.from(clock.instant()), max)
			.query(IntakeJournal::entry)
			.list();
	}

	/** Locks one entry due for filing, unless another filer holds it or filed it meanwhile. */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Entry> take(long seq) {
		return jdbc.sql("select " + COLUMNS + " from reporting.intake where seq = ? for update skip locked")
			.param(seq)
			.query(IntakeJournal::entry)
			.optional();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void forget(List<Entry> filed) {
		jdbc.sql("delete from reporting.intake where seq = any(?)")
			.param(filed.stream().mapToLong(Entry::seq).boxed().toArray(Long[]::new))
			.update();
	}

	/** An entry that could not be filed is tried again later: 1, 2, 4 … minutes, at most an hour apart. */
	void postpone(long seq) {
		jdbc.sql("""
				update reporting.intake set attempts = attempts + 1,
				    retry_at = ?::timestamptz + least(interval '1 minute' * power(2, attempts), ?::interval)
				where seq = ?""")
			.params(Timestamp.from(clock.instant()), MAX_RETRY_DELAY.toSeconds() + " seconds", seq)
			.update();
	}

	/** How many received reports wait to be filed (a gauge for operators). */
	long backlog() {
		return jdbc.sql("select count(*) from reporting.intake").query(Long.class).single();
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getLong("seq"), new ReportId(rs.getObject("report_id", UUID.class)),
				rs.getString("tracking_hash"), rs.getTimestamp("received_at").toInstant(), rs.getString("report"),
				rs.getBytes("sealed_contact"));
	}
}
