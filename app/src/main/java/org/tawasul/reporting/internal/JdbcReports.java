package org.tawasul.reporting.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.platform.DomainException;
import org.tawasul.reporting.ReportCategory;
import org.tawasul.reporting.ReportId;

/** {@link Reports} in PostgreSQL ({@code reporting.report} and the tables of its history). */
@Repository
class JdbcReports implements Reports {

	private static final String COLUMNS = """
			id, tracking_hash, category, description, post_text, links, platform, seen_at, language, sealed_contact,
			demo, submitted_at, version, status, priority, region_code, assignee, duplicate_of, rejection_reason""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	JdbcReports(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void save(Report report) {
		Timestamp now = Timestamp.from(clock.instant());
		UUID id = report.id().value();
		List<Report.StatusChange> statusChanges = report.newStatusChanges();
		if (report.isNew()) {
			ReportContent content = report.content();
			// A new report and its first status (Report.submit always records one) go in one statement: one round
			// trip less on every submission.
			Report.StatusChange first = statusChanges.getFirst();
			statusChanges = statusChanges.subList(1, statusChanges.size());
			jdbc.sql("""
					with stored as (
					  insert into reporting.report (id, tracking_hash, category, severity, status, priority, description,
					      post_text, links, platform, seen_at, language, region_code, sealed_contact, has_contact, demo,
					      submitted_at, updated_at, search_text, search_version)
					  values (:id, :hash, :category, :severity, :status, :priority, :description, :postText,
					      :links, :platform, :seenAt, :language, :region, :contact, :hasContact, :demo, :submittedAt,
					      :now, :searchText, :searchVersion)
					  returning id)
					insert into reporting.status_change (report_id, status, changed_at, actor)
					select id, :firstStatus, :firstAt, :firstActor from stored""")
				.param("id", id)
				.param("hash", report.trackingHash())
				.param("category", report.category().name())
				.param("severity", report.category().severity())
				.param("status", report.status().name())
				.param("priority", report.priority())
				.param("description", content.description())
				.param("postText", content.postText())
				.param("links", content.links().toArray(String[]::new))
				.param("platform", content.platform() == null ? null : content.platform().name())
				.param("seenAt", content.seenAt() == null ? null : Timestamp.from(content.seenAt()))
				.param("language", report.language())
				.param("region", report.regionCode())
				.param("contact", report.sealedContact())
				.param("hasContact", report.hasContact())
				.param("demo", report.demo())
				.param("submittedAt", Timestamp.from(report.submittedAt()))
				.param("now", now)
				.param("searchText", ReportSearch.indexText(content))
				.param("searchVersion", ReportSearch.VERSION)
				.param("firstStatus", first.status().name())
				.param("firstAt", Timestamp.from(first.at()))
				.param("firstActor", first.actor())
				.update();
			int position = 0;
			for (StoredAttachment attachment : report.newAttachments()) {
				jdbc.sql("""
						insert into reporting.attachment (report_id, position, media_type, size_bytes, sha256,
						    original_sha256) values (?, ?, ?, ?, ?, ?)""")
					.params(id, position++, attachment.mediaType(), attachment.size(), attachment.sha256(),
							attachment.originalSha256())
					.update();
			}
		}
		else {
			int updated = jdbc.sql("""
					update reporting.report set status = :status, priority = :priority, region_code = :region,
					    assignee = :assignee, duplicate_of = :duplicateOf, rejection_reason = :reason,
					    updated_at = :now, version = version + 1
					where id = :id and version = :version""")
				.param("status", report.status().name())
				.param("priority", report.priority())
				.param("region", report.regionCode())
				.param("assignee", report.assignee())
				.param("duplicateOf", report.duplicateOf() == null ? null : report.duplicateOf().value())
				.param("reason", report.rejectionReason())
				.param("now", now)
				.param("id", id)
				.param("version", report.version())
				.update();
			if (updated != 1) {
				throw new DomainException(HttpStatus.CONFLICT, "report.changed-meanwhile");
			}
		}
		for (Report.StatusChange change : statusChanges) {
			jdbc.sql("insert into reporting.status_change (report_id, status, changed_at, actor) values (?, ?, ?, ?)")
				.params(id, change.status().name(), Timestamp.from(change.at()), change.actor())
				.update();
		}
		for (Report.Entry message : report.newMessages()) {
			jdbc.sql("insert into reporting.reporter_message (report_id, text, sent_at, author) values (?, ?, ?, ?)")
				.params(id, message.text(), Timestamp.from(message.at()), message.author())
				.update();
		}
		for (Report.Entry note : report.newNotes()) {
			jdbc.sql("insert into reporting.internal_note (report_id, text, written_at, author) values (?, ?, ?, ?)")
				.params(id, note.text(), Timestamp.from(note.at()), note.author())
				.update();
		}
		report.events().forEach(events::publishEvent);
	}

	@Override
	public Optional<Report> find(ReportId id) {
		return jdbc.sql("select " + COLUMNS + " from reporting.report where id = ?")
			.param(id.value())
			.query(JdbcReports::report)
			.optional();
	}

	@Override
	public Optional<Report> findByTrackingHash(String trackingHash) {
		return jdbc.sql("select " + COLUMNS + " from reporting.report where tracking_hash = ?")
			.param(trackingHash)
			.query(JdbcReports::report)
			.optional();
	}

	@Override
	public Optional<Report> findByReference(long reference) {
		return jdbc.sql("select " + COLUMNS + " from reporting.report where reference = ?")
			.param(reference)
			.query(JdbcReports::report)
			.optional();
	}

	private static Report report(ResultSet rs, int row) throws SQLException {
		String platform = rs.getString("platform");
		UUID duplicateOf = rs.getObject("duplicate_of", UUID.class);
		return Report.restore(new ReportId(rs.getObject("id", UUID.class)), rs.getString("tracking_hash"),
				ReportCategory.valueOf(rs.getString("category")),
				new ReportContent(rs.getString("description"), rs.getString("post_text"), strings(rs.getArray("links")),
						platform == null ? null : Platform.valueOf(platform), instant(rs.getTimestamp("seen_at"))),
				rs.getString("language"), rs.getBytes("sealed_contact"), rs.getBoolean("demo"),
				rs.getTimestamp("submitted_at").toInstant(), rs.getInt("version"),
				ReportStatus.valueOf(rs.getString("status")), rs.getInt("priority"), rs.getString("region_code"),
				rs.getString("assignee"), duplicateOf == null ? null : new ReportId(duplicateOf),
				rs.getString("rejection_reason"));
	}

	static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
