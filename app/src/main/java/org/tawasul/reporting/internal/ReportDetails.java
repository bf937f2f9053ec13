package org.tawasul.reporting.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.audit.AuditTrail;
import org.tawasul.platform.DomainException;
import org.tawasul.reporting.ReportId;

/**
 * A report as triage staff see it: everything the citizen sent (except the contact, which takes an explicit,
 * audited action), its history with actors, messages, notes and attachments. Opening it is recorded in the audit
 * trail ({@code report.view}).
 */
@Service
public class ReportDetails {

	private final Reports reports;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ReportDetails(Reports reports, JdbcClient jdbc, AuditTrail audit) {
		this.reports = reports;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public record Details(Report report, long reference, @Nullable Long duplicateOfReference,
			List<Report.StatusChange> history, List<Report.Entry> messages, List<Report.Entry> notes,
			List<AttachmentRow> attachments) {
	}

	public record AttachmentRow(int position, String mediaType, long size, String sha256, String originalSha256) {
	}

	@Transactional
	public Details open(ReportId id, String actor) {
		Report report = reports.find(id)
			.orElseThrow(() -> new DomainException(HttpStatus.NOT_FOUND, "problem.report.not-found"));
		audit.record(actor, "report.view", "report:" + id, Map.of());
		UUID key = id.value();
		long reference = reference(id).orElseThrow();
		Long duplicateOf = report.duplicateOf() == null ? null : reference(report.duplicateOf()).orElse(null);
		List<Report.StatusChange> history = jdbc
			.sql("select status, changed_at, actor from reporting.status_change where report_id = ? order by changed_at, id")
			.param(key)
			.query((rs, n) -> new Report.StatusChange(ReportStatus.valueOf(rs.getString(1)),
					rs.getTimestamp(2).toInstant(), rs.getString(3)))
			.list();
		List<Report.Entry> messages = entries("select text, sent_at, author from reporting.reporter_message "
				+ "where report_id = ? order by sent_at, id", key);
		List<Report.Entry> notes = entries("select text, written_at, author from reporting.internal_note "
				+ "where report_id = ? order by written_at, id", key);
		List<AttachmentRow> attachments = jdbc.sql("""
				select position, media_type, size_bytes, sha256, original_sha256 from reporting.attachment
				where report_id = ? order by position""")
			.param(key)
			.query((rs, n) -> new AttachmentRow(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getString(5)))
			.list();
		return new Details(report, reference, duplicateOf, history, messages, notes, attachments);
	}

	/** An attachment to download; recorded as a view of the report's content. */
	@Transactional
	public AttachmentRow attachment(ReportId id, int position, String actor) {
		AttachmentRow row = jdbc.sql("""
				select position, media_type, size_bytes, sha256, original_sha256 from reporting.attachment
				where report_id = ? and position = ?""")
			.params(id.value(), position)
			.query((rs, n) -> new AttachmentRow(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getString(5)))
			.optional()
			.orElseThrow(() -> new DomainException(HttpStatus.NOT_FOUND, "problem.report.not-found"));
		audit.record(actor, "report.view-attachment", "report:" + id, Map.of("position", Integer.toString(position)));
		return row;
	}

	private Optional<Long> reference(ReportId id) {
		return jdbc.sql("select reference from reporting.report where id = ?").param(id.value()).query(Long.class)
			.optional();
	}

	private List<Report.Entry> entries(String sql, UUID key) {
		return jdbc.sql(sql)
			.param(key)
			.query((rs, n) -> new Report.Entry(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
			.list();
	}

}
